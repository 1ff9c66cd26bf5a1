import Foundation

/// When a failed inbox entry is tried again, and when it becomes a dead letter.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts before an entry whose failure may be temporary (a store error) becomes dead.
    public var maxAttempts: Int
    public var initialDelay: TimeInterval
    public var maximumDelay: TimeInterval

    public init(maxAttempts: Int = 5, initialDelay: TimeInterval = 1, maximumDelay: TimeInterval = 300) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
    }

    /// When attempt `attempt + 1` is due after attempt `attempt` (1-based) failed at `now`, or
    /// `nil` when the entry is dead. Permanent failures (the adapter cannot map the payload;
    /// retrying the same bytes cannot help) are dead at once.
    public func retryAt(afterAttempt attempt: Int, failedAt now: Date, permanent: Bool) -> Date? {
        guard !permanent, attempt < maxAttempts else { return nil }
        let delay = min(maximumDelay, initialDelay * pow(2, Double(attempt - 1)))
        return now.addingTimeInterval(delay)
    }
}
