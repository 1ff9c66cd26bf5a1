import AccordCore
import Foundation
import GRDB

/// A row of `notification_outbox`.
struct OutboundNotificationRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "notification_outbox"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var sequence: Int64?
    var listenerId: String
    var eventId: String
    var eventType: String
    var body: Data
    var status: String
    var attempts: Int
    var nextAttemptAt: Double
    var lastError: String?

    enum Columns {
        static let sequence = Column("sequence")
        static let listenerId = Column("listener_id")
        static let status = Column("status")
        static let nextAttemptAt = Column("next_attempt_at")
    }

    init(_ notification: OutboundNotification) {
        sequence = notification.sequence == 0 ? nil : notification.sequence
        listenerId = notification.listenerID
        eventId = notification.eventID
        eventType = notification.eventType
        body = notification.body
        status = notification.status.rawValue
        attempts = notification.attempts
        nextAttemptAt = notification.nextAttemptAt.storedValue
        lastError = notification.lastError
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { sequence = inserted.rowID }

    func domainValue() throws -> OutboundNotification {
        OutboundNotification(
            sequence: sequence ?? 0, listenerID: listenerId, eventID: eventId, eventType: eventType, body: body,
            status: try decodeStored(status, column: "notification_outbox.status", OutboundNotification.Status.init(rawValue:)),
            attempts: attempts, nextAttemptAt: Date(stored: nextAttemptAt), lastError: lastError
        )
    }
}
