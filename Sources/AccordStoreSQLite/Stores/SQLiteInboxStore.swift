import AccordCore
import Foundation
import GRDB

/// ``InboxStore`` in `inbox_entry` and `inbox_attempt`, with group commit for `accept`.
public final class SQLiteInboxStore: InboxStore {
    let pool: DatabasePool
    private let committer: GroupCommitter<Database, InboxEntryInsert, InboxAcceptance>

    init(pool: DatabasePool) {
        self.pool = pool
        committer = GroupCommitter(
            schedule: { [pool] drain in pool.asyncWriteWithoutTransaction(drain) },
            write: { db, rows in
                var outcomes: [InboxAcceptance] = []
                try db.inTransaction {
                    outcomes = try rows.map { try Self.accept($0, in: db) }
                    return .commit
                }
                return outcomes
            }
        )
    }

    public func accept(_ deliveries: [InboxDelivery]) async throws -> [InboxAcceptance] {
        // Encoded here, concurrently, so that the one writer only binds values.
        try await committer.submit(deliveries.map(InboxEntryInsert.init))
    }

    /// Inserts the delivery unless its id is known, then compares bodies: one cached statement
    /// in the common case of a new delivery, the lookup only for a repeated id.
    static func accept(_ row: InboxEntryInsert, in db: Database) throws -> InboxAcceptance {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO inbox_entry (supplier, channel, delivery_id, received_at, content_type, headers, body, status, attempts, next_attempt_at, processed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (supplier, delivery_id) DO NOTHING
            """)
        insert.setUncheckedArguments(row.arguments)
        try insert.execute()
        if db.changesCount == 1 { return .accepted(entryID: db.lastInsertedRowID) }
        let lookup = try db.cachedStatement(sql: "SELECT id, body FROM inbox_entry WHERE supplier = ? AND delivery_id = ?")
        guard let existing = try Row.fetchOne(lookup, arguments: [row.supplier, row.deliveryID]) else {
            throw StoreError.corrupt("inbox entry \(row.supplier)/\(row.deliveryID) was neither inserted nor found")
        }
        let id: Int64 = existing["id"]
        let body: Data = existing["body"]
        return body == row.body ? .duplicate(entryID: id) : .conflict(entryID: id)
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
        try await pool.write { db in try Self.markProcessed(id, at: at, in: db) }
    }

    /// Logs the first attempt of an entry inserted already processed (``InboxEntryInsert/init(_:processedAt:)``).
    static func logFirstAttempt(_ id: Int64, at: Date, in db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO inbox_attempt (entry_id, number, at, error) VALUES (?, 1, ?, NULL)")
        insert.setUncheckedArguments([id, at.storedValue])
        try insert.execute()
    }

    /// Marks an entry processed inside the caller's transaction (also a delivery's apply).
    static func markProcessed(_ id: Int64, at: Date, in db: Database) throws {
        let attempts = try logAttempt(id, at: at, error: nil, in: db)
        try db.cachedStatement(sql: "UPDATE inbox_entry SET status = ?, attempts = ?, processed_at = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?")
            .execute(arguments: [InboxStatus.processed.rawValue, attempts, at.storedValue, id])
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
        guard let attempts = try Int.fetchOne(db.cachedStatement(sql: "SELECT attempts FROM inbox_entry WHERE id = ?"), arguments: [id]) else {
            throw StoreError.conflict("inbox entry \(id) does not exist")
        }
        let number = (try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM inbox_attempt WHERE entry_id = ?"), arguments: [id]) ?? 0) + 1
        try db.cachedStatement(sql: "INSERT INTO inbox_attempt (entry_id, number, at, error) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, number, at.storedValue, error])
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
