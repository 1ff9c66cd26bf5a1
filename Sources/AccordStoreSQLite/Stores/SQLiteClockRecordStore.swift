import AccordCore
import Foundation
import GRDB

/// ``ClockRecordStore`` in `clock_record` (migration `v7-reconciliation`).
public struct SQLiteClockRecordStore: ClockRecordStore {
    let pool: DatabasePool

    public init(pool: DatabasePool) {
        self.pool = pool
    }

    public func replace(ticket: TicketID, with records: [ClockRecord]) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM clock_record WHERE ticket_id = ?", arguments: [ticket.rawValue])
            try Self.insert(records, db)
        }
    }

    /// Inserts records in one prepared statement (also used by bulk loads).
    public static func insert(_ records: [ClockRecord], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO clock_record (ticket_id, agreement_id, clock, cycle, priority, service, started_at, stopped_at,
                                      outcome, elapsed, target, breached_at, stop_event)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for record in records {
            try statement.execute(arguments: [
                record.ticketID.rawValue, record.agreementID.rawValue, record.clock.rawValue, record.cycle,
                record.priority?.rawValue, record.service?.rawValue, record.startedAt.storedValue, record.stoppedAt?.storedValue,
                record.outcome?.rawValue, record.elapsed, record.target, record.breachedAt?.storedValue, record.stopEvent?.rawValue,
            ])
        }
    }

    /// Inserts records of tickets that have none yet, in one transaction (initial loads, benchmarks).
    public func insertAll(_ records: [ClockRecord]) async throws {
        try await pool.write { db in try Self.insert(records, db) }
    }

    /// One row per agreement × clock × priority of the records that ran in `[start, end)`, counted
    /// by one plain SQL `GROUP BY`: the baseline the scorecard benchmark compares with.
    public func plainSummary(overlapping start: Date, _ end: Date) async throws -> [PlainSummaryRow] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT agreement_id, clock, priority, count(*) AS clocks,
                       sum(outcome = 'met') AS met, sum(outcome = 'breached') AS breached, avg(elapsed) AS mean_elapsed
                FROM clock_record
                WHERE started_at < ? AND (stopped_at IS NULL OR stopped_at >= ?)
                GROUP BY agreement_id, clock, priority
                """, arguments: [end.storedValue, start.storedValue]).map { row in
                PlainSummaryRow(
                    agreement: row["agreement_id"], clock: row["clock"], priority: row["priority"], clocks: row["clocks"],
                    met: row["met"] ?? 0, breached: row["breached"] ?? 0, meanElapsed: row["mean_elapsed"] ?? 0
                )
            }
        }
    }

    public func records(of agreement: AgreementID, overlapping start: Date, _ end: Date) async throws -> [ClockRecord] {
        try await pool.read { db in
            // Two range reads on (agreement_id, stopped_at): the stopped since `start`, then the open.
            try Self.fetch(db, sql: """
                SELECT * FROM clock_record INDEXED BY clock_record_on_agreement_stop
                WHERE agreement_id = ? AND stopped_at >= ? AND started_at < ?
                """, arguments: [agreement.rawValue, start.storedValue, end.storedValue])
                + Self.fetch(db, sql: """
                SELECT * FROM clock_record INDEXED BY clock_record_on_agreement_stop
                WHERE agreement_id = ? AND stopped_at IS NULL AND started_at < ?
                """, arguments: [agreement.rawValue, end.storedValue])
        }
    }

    public func records(of ticket: TicketID) async throws -> [ClockRecord] {
        try await pool.read { db in
            try Self.fetch(db, sql: "SELECT * FROM clock_record WHERE ticket_id = ? ORDER BY agreement_id, clock, cycle", arguments: [ticket.rawValue])
        }
    }

    public func allRecords(of agreement: AgreementID) async throws -> [ClockRecord] {
        try await pool.read { db in
            try Self.fetch(db, sql: "SELECT * FROM clock_record WHERE agreement_id = ?", arguments: [agreement.rawValue])
        }
    }

    /// Reads rows column by column through a cursor (no intermediate dictionaries).
    static func fetch(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ClockRecord] {
        var records: [ClockRecord] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let clockText: String = row[2]
            guard let clock = ClockKind(rawValue: clockText) else {
                throw StoreError.corrupt("clock_record.clock: unknown clock '\(clockText)'")
            }
            let outcomeText: String? = row[8]
            records.append(ClockRecord(
                ticketID: TicketID(row[0] as String), agreementID: AgreementID(row[1] as String), clock: clock, cycle: row[3],
                priority: (row[4] as Int?).flatMap(Priority.init(rawValue:)), service: (row[5] as String?).map { ServiceID($0) },
                startedAt: Date(stored: row[6]), stoppedAt: (row[7] as Double?).map(Date.init(stored:)),
                outcome: outcomeText.flatMap(ClockOutcome.init(rawValue:)), elapsed: row[9], target: row[10],
                breachedAt: (row[11] as Double?).map(Date.init(stored:)), stopEvent: (row[12] as String?).map { TicketEventID($0) }
            ))
        }
        return records
    }
}

/// A row of ``SQLiteClockRecordStore/plainSummary(overlapping:_:)``.
public struct PlainSummaryRow: Sendable, Hashable {
    public var agreement: String
    public var clock: String
    public var priority: Int?
    public var clocks: Int
    public var met: Int
    public var breached: Int
    public var meanElapsed: Double
}

/// ``SupplierReportStore`` in `supplier_report` (migration `v7-reconciliation`): reports are kept whole, never edited.
public struct SQLiteSupplierReportStore: SupplierReportStore {
    let pool: DatabasePool

    public init(pool: DatabasePool) {
        self.pool = pool
    }

    public func save(_ report: StoredSupplierReport) async throws -> Int64 {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO supplier_report (supplier, period, received_at, content_type, body, row_count, sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [report.supplier.rawValue, report.period, report.receivedAt.storedValue, report.contentType,
                                 report.body, report.rowCount, report.sha256])
            return db.lastInsertedRowID
        }
    }

    public func latest(supplier: SupplierID, period: String) async throws -> StoredSupplierReport? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM supplier_report WHERE supplier = ? AND period = ? ORDER BY id DESC LIMIT 1",
                             arguments: [supplier.rawValue, period]).map(Self.report)
        }
    }

    public func reports(of supplier: SupplierID) async throws -> [StoredSupplierReport] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM supplier_report WHERE supplier = ? ORDER BY id DESC", arguments: [supplier.rawValue])
                .map(Self.report)
        }
    }

    private static func report(_ row: Row) throws -> StoredSupplierReport {
        StoredSupplierReport(
            id: row["id"], supplier: try decodeStored(row["supplier"], column: "supplier_report.supplier", SupplierID.init),
            period: row["period"], receivedAt: Date(stored: row["received_at"]), contentType: row["content_type"],
            body: row["body"], rowCount: row["row_count"], sha256: row["sha256"]
        )
    }
}
