@testable import AccordConnectors
import AccordCore
import Foundation
import Testing

/// Answers 503 to the first `failures` requests, all held until `together` of them are in flight
/// (so they fail together, as pages read ahead do), then 200.
actor FailingTogether: HTTPTransport {
    let failures: Int
    let together: Int
    private(set) var sent = 0
    private var waiting = 0

    init(failures: Int, together: Int) {
        self.failures = failures
        self.together = together
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent += 1
        guard sent <= failures else { return HTTPResponse(status: 200, headers: [:], body: Data("{}".utf8)) }
        waiting += 1
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(5)
        while waiting < together, clock.now < deadline { try await Task.sleep(for: .milliseconds(1)) }
        return HTTPResponse(status: 503, headers: [:], body: Data())
    }
}

@Suite("Retries of requests in flight together")
struct RetryingTransportConcurrencyTests {
    @Test("four requests failing together count once for the circuit breaker and the retry budget")
    func failingTogetherCountsOnce() async throws {
        let breaker = CircuitBreaker(threshold: 2, cooldown: 60)
        let source = FailingTogether(failures: 4, together: 4)
        let transport = RetryingTransport(source, clock: ManualSyncClock(), breaker: breaker, budget: 1, random: { $0.lowerBound })
        let url = URL(string: "https://stratus.example/api/now/table/incident")!
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0 ..< 4 { group.addTask { try await transport.send(HTTPRequest(url: url)).status } }
            var statuses: [Int] = []
            for try await status in group { statuses.append(status) }
            #expect(statuses == [200, 200, 200, 200])
        }
        // Counted one by one, the four 503s would have opened the circuit (threshold 2) and spent
        // a budget of 1 four times over.
        #expect(await transport.retries == 1)
        #expect(await transport.budget == 0)
        #expect(await breaker.blockedUntil(now: Date()) == nil)
        #expect(await source.sent == 8)
    }

    @Test("a failure after the episode (a new request failing alone) counts again and spends the budget")
    func laterFailureCounts() async throws {
        let source = FailingTogether(failures: 2, together: 1)
        let transport = RetryingTransport(source, clock: ManualSyncClock(), breaker: CircuitBreaker(), budget: 1, random: { $0.lowerBound })
        let url = URL(string: "https://stratus.example/api/now/table/incident")!
        await #expect(throws: SyncError.self) { _ = try await transport.send(HTTPRequest(url: url)) }
        #expect(await transport.retries == 1)
    }
}

/// Answers 429 with the given `Retry-After` once, then 200.
actor ThrottledOnce: HTTPTransport {
    let retryAfter: String
    private(set) var sent = 0
    init(retryAfter: String) { self.retryAfter = retryAfter }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent += 1
        return sent == 1 ? HTTPResponse(status: 429, headers: ["retry-after": retryAfter], body: Data()) : HTTPResponse(status: 200, headers: [:], body: Data("{}".utf8))
    }
}

@Suite("Retry-After limits and long waits")
struct RetryAfterLimitTests {
    let url = URL(string: "https://stratus.example/api/now/table/incident")!

    @Test("a Retry-After within the limit is waited out; one beyond it fails the run with retryAfterTooLong", arguments: [
        ("120", true), ("3600", true), ("7200", false), ("9300000000000000", false), ("Fri, 31 Dec 9999 23:59:59 GMT", false),
    ])
    func limit(value: String, waits: Bool) async throws {
        let clock = ManualSyncClock()
        let start = clock.now()
        let source = ThrottledOnce(retryAfter: value)
        let transport = RetryingTransport(source, clock: clock, breaker: CircuitBreaker(), budget: 5, random: { $0.lowerBound })
        if waits {
            #expect(try await transport.send(HTTPRequest(url: url)).status == 200)
            #expect(clock.now().timeIntervalSince(start) >= Double(value)!)
        } else {
            do {
                _ = try await transport.send(HTTPRequest(url: url))
                Issue.record("expected the run to stop")
            } catch let error as SyncError {
                #expect(error.code == .retryAfterTooLong)
                #expect(error.description.contains("later than the 3600 s a run waits"))
            }
            #expect(await source.sent == 1)
            #expect(clock.now() == start, "nothing was waited")
        }
    }

    @Test("the wall clock's sleep takes any length without trapping (cancelled at once here)")
    func hugeSleepDoesNotTrap() async {
        let task = Task { try await SystemSyncClock().sleep(seconds: 9.3e15) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
