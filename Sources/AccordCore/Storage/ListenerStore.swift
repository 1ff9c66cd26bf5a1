import Foundation

/// Keeps TMF621 hub listeners and their outbox of notifications.
public protocol ListenerStore: Sendable {
    func save(_ listener: TicketListener) async throws
    func listener(_ id: String) async throws -> TicketListener?
    /// Removes a listener and its undelivered notifications; `false` when it did not exist.
    @discardableResult
    func remove(_ id: String) async throws -> Bool
    /// Every listener, ordered by creation time then id.
    func allListeners() async throws -> [TicketListener]

    /// Adds notifications to the outbox.
    func enqueue(_ notifications: [OutboundNotification]) async throws
    /// Pending notifications due at `now`, oldest first.
    func dueNotifications(at now: Date, limit: Int) async throws -> [OutboundNotification]
    /// Records an attempt's outcome: `delivered`, or the next try (`retryAt`) or `dead` when `retryAt` is `nil`.
    func recordAttempt(_ sequence: Int64, delivered: Bool, error: String?, retryAt: Date?) async throws
    /// Every notification of a listener, oldest first (for operators and tests).
    func notifications(for listenerID: String) async throws -> [OutboundNotification]
}
