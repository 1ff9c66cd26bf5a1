import AccordConnectors
import Foundation
import Synchronization

/// The demo's clock: virtual while the month is replayed, the wall clock afterwards.
///
/// The hub (`buildApplication(now:)`), the sync engine and the simulators all read this one
/// clock, so a TMF621 request made "at" 2026-10-05 09:12 is recorded at that instant, a webhook
/// signed then is within the hub's timestamp tolerance, and a nightly pull sees the supplier's
/// records as they were that night.
public final class DemoClock: SyncClock, Sendable {
    private let virtual: Mutex<Date?>

    /// A clock standing at `start` until ``release()``.
    public init(start: Date?) { virtual = Mutex(start) }

    /// The current instant: virtual while replaying, else the wall clock.
    public func now() -> Date { virtual.withLock { $0 } ?? Date() }

    /// Moves virtual time to `instant` (never backwards).
    public func advance(to instant: Date) {
        virtual.withLock { current in
            if let time = current, instant > time { current = instant }
        }
    }

    /// From now on the clock is the wall clock.
    public func release() { virtual.withLock { $0 = nil } }

    /// Sleeping moves virtual time forward (retry backoff costs no real time); after release it
    /// really sleeps.
    public func sleep(seconds: TimeInterval) async throws {
        guard seconds > 0 else { return }
        if virtual.withLock({ $0 }) != nil {
            advance(to: now().addingTimeInterval(seconds))
        } else {
            try await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
        }
    }
}
