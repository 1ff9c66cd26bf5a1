import Foundation

/// Time as the sync engine sees it: the current instant and a way to wait. Tests inject a
/// manual clock whose `sleep` only advances `now`, so backoff never really sleeps.
public protocol SyncClock: Sendable {
    func now() -> Date
    /// Waits `seconds` (or, in tests, moves time forward by it).
    func sleep(seconds: TimeInterval) async throws
}

/// The wall clock, sleeping with `Task.sleep` (cancellable).
public struct SystemSyncClock: SyncClock {
    public init() {}
    public func now() -> Date { Date() }
    public func sleep(seconds: TimeInterval) async throws {
        guard seconds > 0 else { return }
        // At most a year per call (a caller's limit comes first): beyond Int64 milliseconds it would trap.
        try await Task.sleep(for: .milliseconds(Int64(min(seconds, 31_536_000) * 1000)))
    }
}
