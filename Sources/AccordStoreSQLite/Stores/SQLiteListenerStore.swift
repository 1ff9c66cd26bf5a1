import AccordCore
import Foundation
import GRDB

/// ``ListenerStore`` in the `ticket_listener` and `notification_outbox` tables.
public struct SQLiteListenerStore: ListenerStore {
    let pool: DatabasePool

    public func save(_ listener: TicketListener) async throws {
        let record = TicketListenerRecord(listener)
        try await pool.write { db in try record.save(db) }
    }

    public func listener(_ id: String) async throws -> TicketListener? {
        try await pool.read { db in try TicketListenerRecord.fetchOne(db, key: id) }?.domainValue()
    }

    @discardableResult
    public func remove(_ id: String) async throws -> Bool {
        try await pool.write { db in
            try OutboundNotificationRecord
                .filter(OutboundNotificationRecord.Columns.listenerId == id && OutboundNotificationRecord.Columns.status == "pending")
                .deleteAll(db)
            return try TicketListenerRecord.deleteOne(db, key: id)
        }
    }

    public func allListeners() async throws -> [TicketListener] {
        try await pool.read { db in
            try TicketListenerRecord.order(TicketListenerRecord.Columns.createdAt, TicketListenerRecord.Columns.id).fetchAll(db)
        }.map { try $0.domainValue() }
    }

    public func enqueue(_ notifications: [OutboundNotification]) async throws {
        let records = notifications.map(OutboundNotificationRecord.init)
        try await pool.write { db in
            for var record in records { try record.insert(db) }
        }
    }

    public func dueNotifications(at now: Date, limit: Int) async throws -> [OutboundNotification] {
        try await pool.read { db in
            try OutboundNotificationRecord
                .filter(OutboundNotificationRecord.Columns.status == "pending" && OutboundNotificationRecord.Columns.nextAttemptAt <= now.storedValue)
                .order(OutboundNotificationRecord.Columns.sequence)
                .limit(max(0, limit))
                .fetchAll(db)
        }.map { try $0.domainValue() }
    }

    public func recordAttempt(_ sequence: Int64, delivered: Bool, error: String?, retryAt: Date?) async throws {
        try await pool.write { db in
            guard var record = try OutboundNotificationRecord.fetchOne(db, key: sequence) else { return }
            record.attempts += 1
            record.lastError = delivered ? nil : error
            if delivered {
                record.status = OutboundNotification.Status.delivered.rawValue
            } else if let retryAt {
                record.nextAttemptAt = retryAt.storedValue
            } else {
                record.status = OutboundNotification.Status.dead.rawValue
            }
            try record.update(db)
        }
    }

    public func notifications(for listenerID: String) async throws -> [OutboundNotification] {
        try await pool.read { db in
            try OutboundNotificationRecord.filter(OutboundNotificationRecord.Columns.listenerId == listenerID)
                .order(OutboundNotificationRecord.Columns.sequence).fetchAll(db)
        }.map { try $0.domainValue() }
    }
}
