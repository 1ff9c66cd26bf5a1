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
