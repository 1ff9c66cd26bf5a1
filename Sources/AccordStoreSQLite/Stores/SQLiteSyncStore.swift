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

    public func commitPage(_ run: SyncRun, records: [SyncedRecord], page: SyncedPage?) async throws {
        try await pool.write { db in try Self.commitPage(run, records: records, page: page, db) }
    }

    /// ``commitPage(_:records:page:)`` inside the caller's transaction (also a page's apply).
    static func commitPage(_ run: SyncRun, records: [SyncedRecord], page: SyncedPage?, _ db: Database) throws {
        try Self.update(run, db)
        // A record keeps the page its current content was read from: a full run's stamp of an
        // unchanged record leaves it, so that page still counts as unchanged later. A record with
        // no page (stored before pages were kept, `v12-sync-pages`) takes the one stamping it.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO sync_record (supplier, resource, external_id, record_type, content_hash, last_seen_run, missing_runs, retired, source_page)
            VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)
            ON CONFLICT (supplier, resource, external_id) DO UPDATE SET
              source_page = CASE WHEN sync_record.content_hash = excluded.content_hash THEN coalesce(sync_record.source_page, excluded.source_page) ELSE excluded.source_page END,
              record_type = excluded.record_type, content_hash = excluded.content_hash,
              last_seen_run = excluded.last_seen_run, missing_runs = 0, retired = 0
            """)
        for record in records {
            try statement.execute(arguments: [
                record.supplier.rawValue, record.resource, record.externalID, record.recordType, record.contentHash, record.lastSeenRun,
                page?.contentHash,
            ])
        }
        guard let page else { return }
        try db.execute(sql: """
            INSERT INTO sync_page (supplier, resource, content_hash, rows, records, seen, unchanged, failed, newest_update)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (supplier, resource, content_hash) DO UPDATE SET
              rows = excluded.rows, records = excluded.records, seen = excluded.seen, unchanged = excluded.unchanged,
              failed = excluded.failed, newest_update = excluded.newest_update
            """, arguments: [
                run.supplier.rawValue, run.resource, page.contentHash, page.rows, page.records, page.seen, page.unchanged, page.failed,
                page.newestUpdate?.storedValue,
            ])
    }

    public func unchangedPage(supplier: SupplierID, resource: String, contentHash: String) async throws -> SyncedPage? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM sync_page WHERE supplier = ? AND resource = ? AND content_hash = ?
                """, arguments: [supplier.rawValue, resource, contentHash]) else { return nil }
            let page = SyncedPage(
                contentHash: contentHash, rows: row["rows"], records: row["records"], seen: row["seen"], unchanged: row["unchanged"],
                failed: row["failed"], newestUpdate: (row["newest_update"] as Double?).map(Date.init(stored:))
            )
            // Every record the page gave still holds the content it gave (a later change or a
            // deletion takes a record away from the page).
            let holding = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sync_record WHERE supplier = ? AND resource = ? AND source_page = ?
                """, arguments: [supplier.rawValue, resource, contentHash]) ?? 0
            return holding == page.records ? page : nil
        }
    }

    public func commitUnchangedPage(_ run: SyncRun, page: SyncedPage, markSeen: Bool) async throws {
        try await pool.write { db in
            try Self.update(run, db)
            guard markSeen else { return }
            try db.execute(sql: """
                UPDATE sync_record SET last_seen_run = ?, missing_runs = 0, retired = 0
                WHERE supplier = ? AND resource = ? AND source_page = ? AND last_seen_run != ?
                """, arguments: [run.id, run.supplier.rawValue, run.resource, page.contentHash, run.id])
        }
    }

    public func finish(_ run: SyncRun) async throws {
        try await pool.write { db in
            try Self.update(run, db)
            guard run.status == .completed else { return }
            // Page summaries no record points at any more (every record they gave has changed
            // since, or was deleted) can never count a page unchanged again: pruned. A page read
            // again later is simply counted record by record and kept anew.
            try db.execute(sql: """
                DELETE FROM sync_page WHERE supplier = ? AND resource = ? AND NOT EXISTS (
                  SELECT 1 FROM sync_record
                  WHERE sync_record.supplier = sync_page.supplier AND sync_record.resource = sync_page.resource
                    AND sync_record.source_page = sync_page.content_hash)
                """, arguments: [run.supplier.rawValue, run.resource])
            guard let watermark = run.watermarkAfter ?? run.watermarkBefore else { return }
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
                let record = Self.record(row, supplier: supplier, resource: resource)
                records[record.externalID] = record
            }
            return records
        }
    }

    public func records(supplier: SupplierID, resource: String, externalIDs: [String]) async throws -> [String: SyncedRecord] {
        guard !externalIDs.isEmpty else { return [:] }
        return try await pool.read { db in
            var records: [String: SyncedRecord] = [:]
            let ids = Array(Set(externalIDs))
            for start in stride(from: 0, to: ids.count, by: 500) {
                let part = ids[start ..< min(start + 500, ids.count)]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT * FROM sync_record WHERE supplier = ? AND resource = ? AND external_id IN (\(Array(repeating: "?", count: part.count).joined(separator: ",")))
                    """, arguments: StatementArguments([supplier.rawValue, resource] + Array(part)))
                while let row = try rows.next() {
                    let record = Self.record(row, supplier: supplier, resource: resource)
                    records[record.externalID] = record
                }
            }
            return records
        }
    }

    public func unseenRecords(supplier: SupplierID, resource: String, run: Int64) async throws -> [SyncedRecord] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM sync_record WHERE supplier = ? AND resource = ? AND last_seen_run != ? ORDER BY external_id
                """, arguments: [supplier.rawValue, resource, run]).map { Self.record($0, supplier: supplier, resource: resource) }
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

    public func recordImportedFile(supplier: SupplierID, contentHash: String, name: String, at: Date, imported: Bool) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO sync_file (supplier, content_hash, name, imported_at, imported) VALUES (?, ?, ?, ?, ?)",
                           arguments: [supplier.rawValue, contentHash, name, at.storedValue, imported])
        }
    }

    public func lastImportedFile(supplier: SupplierID) async throws -> Date? {
        try await pool.read { db in
            try Double.fetchOne(db, sql: "SELECT MAX(imported_at) FROM sync_file WHERE supplier = ? AND imported = 1", arguments: [supplier.rawValue])
        }.map(Date.init(stored:))
    }

    // MARK: - Rows

    private static func record(_ row: Row, supplier: SupplierID, resource: String) -> SyncedRecord {
        SyncedRecord(
            supplier: supplier, resource: resource, externalID: row["external_id"], recordType: row["record_type"],
            contentHash: row["content_hash"], lastSeenRun: row["last_seen_run"], missingRuns: row["missing_runs"], retired: row["retired"]
        )
    }

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
