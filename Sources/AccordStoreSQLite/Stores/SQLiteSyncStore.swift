import AccordCore
import Foundation
import GRDB

/// ``SyncStore`` in the `sync_*` tables (migration `v6-sync`).
public struct SQLiteSyncStore: SyncStore {
    let pool: DatabasePool

    public func startOrResume(supplier: SupplierID, resource: String, mode: SyncMode, channel: Channel, at: Date) async throws -> SyncRun {
        try await pool.write { db in
            if let row = try Row.fetchOne(db, sql: """
                SELECT * FROM sync_run WHERE supplier = ? AND resource = ? AND status = 'running' ORDER BY id DESC LIMIT 1
                """, arguments: [supplier.rawValue, resource]) {
                return try Self.run(from: row)
            }
            let watermark = try Double.fetchOne(db, sql: "SELECT watermark FROM sync_watermark WHERE supplier = ? AND resource = ?",
                                                arguments: [supplier.rawValue, resource])
            try db.execute(sql: """
                INSERT INTO sync_run (supplier, resource, mode, channel, started_at, status, pages, counts, watermark_before)
                VALUES (?, ?, ?, ?, ?, 'running', 0, ?, ?)
                """, arguments: [supplier.rawValue, resource, mode.rawValue, channel.rawValue, at.storedValue, try StoredJSON.encode(SyncCounts()), watermark])
            return SyncRun(
                id: db.lastInsertedRowID, supplier: supplier, resource: resource, mode: mode, channel: channel, startedAt: at,
                watermarkBefore: watermark.map(Date.init(stored:))
            )
        }
    }

    public func commitPage(_ run: SyncRun, records: [SyncedRecord]) async throws {
        try await pool.write { db in
            try Self.update(run, db)
            let statement = try db.cachedStatement(sql: """
                INSERT INTO sync_record (supplier, resource, external_id, record_type, content_hash, last_seen_run, missing_runs, retired)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0)
                ON CONFLICT (supplier, resource, external_id) DO UPDATE SET
                  record_type = excluded.record_type, content_hash = excluded.content_hash,
                  last_seen_run = excluded.last_seen_run, missing_runs = 0, retired = 0
                """)
            for record in records {
                try statement.execute(arguments: [
                    record.supplier.rawValue, record.resource, record.externalID, record.recordType, record.contentHash, record.lastSeenRun,
                ])
            }
        }
    }

    public func finish(_ run: SyncRun) async throws {
        try await pool.write { db in
            try Self.update(run, db)
            guard run.status == .completed, let watermark = run.watermarkAfter ?? run.watermarkBefore else { return }
            try db.execute(sql: """
                INSERT INTO sync_watermark (supplier, resource, watermark) VALUES (?, ?, ?)
                ON CONFLICT (supplier, resource) DO UPDATE SET watermark = excluded.watermark
                """, arguments: [run.supplier.rawValue, run.resource, watermark.storedValue])
        }
    }

    public func watermark(supplier: SupplierID, resource: String) async throws -> Date? {
        try await pool.read { db in
            try Double.fetchOne(db, sql: "SELECT watermark FROM sync_watermark WHERE supplier = ? AND resource = ?", arguments: [supplier.rawValue, resource])
        }.map(Date.init(stored:))
    }

    public func records(supplier: SupplierID, resource: String) async throws -> [String: SyncedRecord] {
        try await pool.read { db in
            var records: [String: SyncedRecord] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM sync_record WHERE supplier = ? AND resource = ?", arguments: [supplier.rawValue, resource])
            while let row = try rows.next() {
                let record = SyncedRecord(
                    supplier: supplier, resource: resource, externalID: row["external_id"], recordType: row["record_type"],
                    contentHash: row["content_hash"], lastSeenRun: row["last_seen_run"], missingRuns: row["missing_runs"], retired: row["retired"]
                )
                records[record.externalID] = record
            }
            return records
        }
    }

    public func updateMissing(_ records: [SyncedRecord], deleted: [String], supplier: SupplierID, resource: String) async throws {
        try await pool.write { db in
            for record in records {
                try db.execute(
                    sql: "UPDATE sync_record SET missing_runs = ?, retired = ? WHERE supplier = ? AND resource = ? AND external_id = ?",
                    arguments: [record.missingRuns, record.retired, supplier.rawValue, resource, record.externalID]
                )
            }
            for id in deleted {
                try db.execute(sql: "DELETE FROM sync_record WHERE supplier = ? AND resource = ? AND external_id = ?",
                               arguments: [supplier.rawValue, resource, id])
            }
        }
    }

    public func runs(supplier: SupplierID?, limit: Int) async throws -> [SyncRun] {
        try await pool.read { db in
            let rows = if let supplier {
                try Row.fetchAll(db, sql: "SELECT * FROM sync_run WHERE supplier = ? ORDER BY id DESC LIMIT ?", arguments: [supplier.rawValue, limit])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM sync_run ORDER BY id DESC LIMIT ?", arguments: [limit])
            }
            return try rows.map(Self.run(from:))
        }
    }

    public func hasImportedFile(supplier: SupplierID, contentHash: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM sync_file WHERE supplier = ? AND content_hash = ?", arguments: [supplier.rawValue, contentHash]) ?? false
        }
    }

    public func recordImportedFile(supplier: SupplierID, contentHash: String, name: String, at: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO sync_file (supplier, content_hash, name, imported_at) VALUES (?, ?, ?, ?)",
                           arguments: [supplier.rawValue, contentHash, name, at.storedValue])
        }
    }

    // MARK: - Rows

    private static func update(_ run: SyncRun, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE sync_run SET finished_at = ?, status = ?, pages = ?, counts = ?, watermark_after = ?, checkpoint = ?, error = ? WHERE id = ?
            """, arguments: [
                run.finishedAt?.storedValue, run.status.rawValue, run.pages, try StoredJSON.encode(run.counts),
                run.watermarkAfter?.storedValue, try run.checkpoint.map(StoredJSON.encode), run.error, run.id,
            ])
    }

    private static func run(from row: Row) throws -> SyncRun {
        let supplierText: String = row["supplier"]
        let checkpoint: String? = row["checkpoint"]
        return SyncRun(
            id: row["id"],
            supplier: try decodeStored(supplierText, column: "sync_run.supplier", SupplierID.init),
            resource: row["resource"],
            mode: try decodeStored(row["mode"], column: "sync_run.mode", SyncMode.init(rawValue:)),
            channel: try decodeStored(row["channel"], column: "sync_run.channel", Channel.init(rawValue:)),
            startedAt: Date(stored: row["started_at"]),
            finishedAt: (row["finished_at"] as Double?).map(Date.init(stored:)),
            status: try decodeStored(row["status"], column: "sync_run.status", SyncRunStatus.init(rawValue:)),
            pages: row["pages"],
            counts: try StoredJSON.decode(SyncCounts.self, from: row["counts"], column: "sync_run.counts"),
            watermarkBefore: (row["watermark_before"] as Double?).map(Date.init(stored:)),
            watermarkAfter: (row["watermark_after"] as Double?).map(Date.init(stored:)),
            checkpoint: try checkpoint.map { try StoredJSON.decode(PageCursor.self, from: $0, column: "sync_run.checkpoint") },
            error: row["error"]
        )
    }
}
