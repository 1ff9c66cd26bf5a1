import Foundation

/// One event for one listener, waiting in the notification outbox until it is delivered.
public struct OutboundNotification: Sendable, Hashable, Codable {
    /// Where a notification is in its life.
    public enum Status: String, Sendable, Codable, CaseIterable {
        case pending
        case delivered
        /// Gave up after the retry policy's last attempt.
        case dead
    }

    /// Assigned by the store on enqueue (0 before).
    public var sequence: Int64
    public var listenerID: String
    /// The `webhook-id` and TMF `eventId`; the same on every retry.
    public var eventID: String
    public var eventType: String
    public var body: Data
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date
    /// Why the last attempt failed (status code or transport error kind, never a secret).
    public var lastError: String?

    public init(
        sequence: Int64 = 0, listenerID: String, eventID: String, eventType: String, body: Data,
        status: Status = .pending, attempts: Int = 0, nextAttemptAt: Date, lastError: String? = nil
    ) {
        self.sequence = sequence
        self.listenerID = listenerID
        self.eventID = eventID
        self.eventType = eventType
        self.body = body
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
    }
}
