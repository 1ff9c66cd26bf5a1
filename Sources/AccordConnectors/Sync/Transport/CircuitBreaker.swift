import Foundation

/// Stops calling a supplier that keeps failing: after `threshold` consecutive failed exchanges
/// the circuit opens for `cooldown` seconds and requests fail at once; then it is half-open:
/// requests go out again (one at a time, or the pages read ahead together), the next counted
/// failure opens it again at once and a success closes it. One breaker per supplier.
public actor CircuitBreaker {
    public let threshold: Int
    public let cooldown: TimeInterval
    private var consecutiveFailures = 0
    private var openUntil: Date?

    public init(threshold: Int = 8, cooldown: TimeInterval = 300) {
        self.threshold = threshold
        self.cooldown = cooldown
    }

    /// `nil` when a request may go out now; otherwise the instant the circuit half-opens.
    public func blockedUntil(now: Date) -> Date? {
        guard let openUntil, now < openUntil else { return nil }
        return openUntil
    }

    public func recordSuccess() {
        consecutiveFailures = 0
        openUntil = nil
    }

    public func recordFailure(now: Date) {
        consecutiveFailures += 1
        if consecutiveFailures >= threshold { openUntil = now.addingTimeInterval(cooldown) }
    }
}
