import AccordCore
import Foundation
import GRDB

/// ``InboxStore`` in `inbox_entry` and `inbox_attempt`, with group commit for `accept`.
public final class SQLiteInboxStore: InboxStore {
    let pool: DatabasePool
    private let committer: GroupCommitter<InboxDelivery, InboxAcceptance>

    init(pool: DatabasePool) {
        self.pool = pool
        committer = GroupCommitter { [pool] deliveries in
            try await pool.write { db in try deliveries.map { try Self.accept($0, in: db) } }
        }
    }

    public func accept(_ deliveries: [InboxDelivery]) async throws -> [InboxAcceptance] {
        try await committer.submit(deliveries)
    }

    private static func accept(_ delivery: InboxDelivery, in db: Database) throws -> InboxAcceptance {
        if let existing = try InboxEntryRecord
            .filter(InboxEntryRecord.Columns.supplier == delivery.supplier.rawValue && InboxEntryRecord.Columns.deliveryId == delivery.deliveryID)
            .fetchOne(db), let id = existing.id {
            return existing.body == delivery.body ? .duplicate(entryID: id) : .conflict(entryID: id)
        }
        var record = try InboxEntryRecord(delivery)
        try record.insert(db)
        return .accepted(entryID: record.id ?? db.lastInsertedRowID)
    }

    public func due(at now: Date, limit: Int) async throws -> [InboxEntry] {
        try await pool.read { db in
            try InboxEntryRecord
                .filter(InboxEntryRecord.Columns.status == InboxStatus.pending.rawValue && InboxEntryRecord.Columns.nextAttemptAt <= now.storedValue)
                .order(InboxEntryRecord.Columns.nextAttemptAt, InboxEntryRecord.Columns.id)
                .limit(limit)
                .fetchAll(db)
        }.map { try $0.domainValue() }
    }

    public func entry(_ id: Int64) async throws -> InboxEntry? {
        try await pool.read { db in try InboxEntryRecord.fetchOne(db, key: id) }?.domainValue()
    }

    public func markProcessed(_ id: Int64, at: Date) async throws {
        try await pool.write { db in
            let attempts = try Self.logAttempt(id, at: at, error: nil, in: db)
            try db.execute(
                sql: "UPDATE inbox_entry SET status = ?, attempts = ?, processed_at = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?",
                arguments: [InboxStatus.processed.rawValue, attempts, at.storedValue, id]
            )
        }
    }

    public func markFailed(_ id: Int64, at: Date, error: String, retryAt: Date?) async throws {
        try await pool.write { db in
            let attempts = try Self.logAttempt(id, at: at, error: error, in: db)
            try db.execute(
                sql: "UPDATE inbox_entry SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                arguments: [(retryAt == nil ? InboxStatus.dead : .pending).rawValue, attempts, retryAt?.storedValue, error, id]
            )
        }
    }

    /// Appends to the attempt log and returns the entry's attempt count since its last requeue.
    private static func logAttempt(_ id: Int64, at: Date, error: String?, in db: Database) throws -> Int {
        guard let attempts = try Int.fetchOne(db, sql: "SELECT attempts FROM inbox_entry WHERE id = ?", arguments: [id]) else {
            throw StoreError.conflict("inbox entry \(id) does not exist")
        }
        let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM inbox_attempt WHERE entry_id = ?", arguments: [id]) ?? 0) + 1
        try db.execute(
            sql: "INSERT INTO inbox_attempt (entry_id, number, at, error) VALUES (?, ?, ?, ?)",
            arguments: [id, number, at.storedValue, error]
        )
        return attempts + 1
    }

    public func entries(status: InboxStatus?, supplier: SupplierID?, limit: Int) async throws -> [InboxEntry] {
        try await pool.read { db in
            var request = InboxEntryRecord.all()
            if let status { request = request.filter(InboxEntryRecord.Columns.status == status.rawValue) }
            if let supplier { request = request.filter(InboxEntryRecord.Columns.supplier == supplier.rawValue) }
            return try request.order(InboxEntryRecord.Columns.id).limit(limit).fetchAll(db)
        }.map { try $0.domainValue() }
    }

    @discardableResult
    public func requeue(ids: [Int64], at now: Date) async throws -> Int {
        try await pool.write { db in
            var count = 0
            for id in ids {
                try db.execute(
                    sql: "UPDATE inbox_entry SET status = ?, attempts = 0, next_attempt_at = ?, processed_at = NULL WHERE id = ? AND status != ?",
                    arguments: [InboxStatus.pending.rawValue, now.storedValue, id, InboxStatus.pending.rawValue]
                )
                count += db.changesCount
            }
            return count
        }
    }

    public func attempts(of id: Int64) async throws -> [InboxAttempt] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT number, at, error FROM inbox_attempt WHERE entry_id = ? ORDER BY number", arguments: [id]).map {
                InboxAttempt(entryID: id, number: $0["number"], at: Date(stored: $0["at"]), error: $0["error"])
            }
        }
    }

    public func backlog(of supplier: SupplierID) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM inbox_entry WHERE supplier = ? AND status = ?",
                arguments: [supplier.rawValue, InboxStatus.pending.rawValue]
            ) ?? 0
        }
    }
}
