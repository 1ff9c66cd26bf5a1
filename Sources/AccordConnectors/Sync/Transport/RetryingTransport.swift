import Foundation

/// Wraps a transport with the sync retry rules, for one run:
///
/// - 5xx, 429, timeouts and dropped connections are retried with exponential backoff and full
///   jitter (`random(0...min(maxDelay, baseDelay·2ⁿ))`);
/// - a `Retry-After` on 429/503 is a floor: no request to the supplier leaves before it ran out;
///   one further away than ``Backoff/maxRetryAfter`` fails the run instead (it resumes from its
///   checkpoint next time) rather than holding it for hours;
/// - every retry spends one unit of the run's budget; when it is spent the run fails with a
///   ``SyncError`` that says what kept failing;
/// - the supplier's ``CircuitBreaker`` sees every outcome; an open circuit fails at once;
/// - requests in flight together (pages read ahead) that fail together are one failure: only a
///   failure with no other recorded since its request left counts for the breaker and the budget
///   (the others retry too, after the same wait).
public actor RetryingTransport: HTTPTransport {
    /// Backoff limits.
    public struct Backoff: Sendable {
        public var baseDelay: TimeInterval
        public var maxDelay: TimeInterval
        /// The longest `Retry-After` a run waits out.
        public var maxRetryAfter: TimeInterval
        public init(baseDelay: TimeInterval = 0.5, maxDelay: TimeInterval = 60, maxRetryAfter: TimeInterval = 3_600) {
            self.baseDelay = baseDelay
            self.maxDelay = maxDelay
            self.maxRetryAfter = maxRetryAfter
        }
    }

    let base: any HTTPTransport
    let clock: any SyncClock
    let breaker: CircuitBreaker
    let backoff: Backoff
    let random: @Sendable (ClosedRange<Double>) -> Double
    /// Retries left in this run.
    public private(set) var budget: Int
    /// No request leaves before this instant (the latest `Retry-After`).
    private var notBefore: Date?
    /// Retries spent so far, for the run record.
    public private(set) var retries = 0
    /// Failures counted so far (see the type's notes on requests in flight together).
    private var failuresCounted = 0

    public init(
        _ base: any HTTPTransport, clock: any SyncClock, breaker: CircuitBreaker, budget: Int, backoff: Backoff = Backoff(),
        random: @escaping @Sendable (ClosedRange<Double>) -> Double = { Double.random(in: $0) }
    ) {
        self.base = base
        self.clock = clock
        self.breaker = breaker
        self.budget = budget
        self.backoff = backoff
        self.random = random
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var attempt = 0
        while true {
            try await waitForRetryAfter()
            try Task.checkCancellation()  // a read ahead that is no longer wanted sends nothing
            if let until = await breaker.blockedUntil(now: clock.now()) {
                throw SyncError(.circuitOpen, "circuit open for this supplier after repeated failures; next try after \(until)")
            }
            let countedBefore = failuresCounted
            let failure: String
            var retryAfter: Date?
            do {
                let response = try await base.send(request)
                switch response.status {
                case 200..<300:
                    await breaker.recordSuccess()
                    return response
                case 429, 500...599:
                    failure = "HTTP \(response.status)"
                    if response.status == 429 || response.status == 503 {
                        retryAfter = RetryAfter.until(response.header("retry-after"), now: clock.now())
                    }
                default:
                    await breaker.recordSuccess()  // the supplier answered; the request itself is wrong
                    throw SyncError(.httpStatus, "the supplier answered HTTP \(response.status) for \(request.url.path)")
                }
            } catch let error as TransportError where error.isTransient {
                failure = error.description
            } catch let error as TransportError {
                throw SyncError(.transport, error.description)
            }
            // A read ahead cancelled meanwhile spends nothing: no budget, no breaker failure, no wait.
            if Task.isCancelled { throw CancellationError() }
            if let retryAfter, retryAfter.timeIntervalSince(clock.now()) > backoff.maxRetryAfter {
                throw SyncError(.retryAfterTooLong, "the supplier answered \(failure) for \(request.url.path) with Retry-After until \(retryAfter), later than the \(Int(backoff.maxRetryAfter)) s a run waits; the next run resumes from the last committed page")
            }
            if failuresCounted == countedBefore {
                failuresCounted += 1
                await breaker.recordFailure(now: clock.now())
                guard budget > 0 else {
                    throw SyncError(.retryBudgetExhausted, "retry budget exhausted after \(retries) retries; last failure: \(failure) for \(request.url.path)")
                }
                budget -= 1
                retries += 1
            }
            attempt += 1
            let ceiling = min(backoff.maxDelay, backoff.baseDelay * pow(2, Double(min(attempt - 1, 30))))
            let delay = random(0...ceiling)
            let now = clock.now()
            notBefore = max(notBefore ?? now, retryAfter ?? now, now.addingTimeInterval(delay))
        }
    }

    private func waitForRetryAfter() async throws {
        // Loop: another request of the same run may have pushed `notBefore` while this one slept.
        while let notBefore, case let wait = notBefore.timeIntervalSince(clock.now()), wait > 0 {
            try await clock.sleep(seconds: wait)
        }
    }
}
