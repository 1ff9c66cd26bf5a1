import AccordCore
import Foundation
import GRDB

/// ``StatusNoticeStore`` in `status_notice` (migration `v6-sync`) with service links in
/// `status_notice_service` (`v8-sync-scheduler`).
public struct SQLiteStatusNoticeStore: StatusNoticeStore {
    let pool: DatabasePool

    @discardableResult
    public func save(_ notices: [StatusNotice]) async throws -> Int {
        try await pool.write { db in
            var changed = 0
            for notice in notices {
                let values: [(any DatabaseValueConvertible)?] = [
                    notice.vendorService, notice.title, notice.status, notice.classification,
                    notice.startedAt?.storedValue, notice.endedAt?.storedValue, notice.updatedAt?.storedValue,
                ]
                // Unchanged notices cause no write.
                try db.execute(sql: """
                    INSERT INTO status_notice (supplier, notice_id, vendor_service, title, status, classification, started_at, ended_at, updated_at, first_seen_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (supplier, notice_id) DO UPDATE SET
                      vendor_service = excluded.vendor_service, title = excluded.title, status = excluded.status,
                      classification = excluded.classification, started_at = excluded.started_at, ended_at = excluded.ended_at,
                      updated_at = excluded.updated_at
                    WHERE (vendor_service, title, status, classification, started_at, ended_at, updated_at)
                      IS NOT (excluded.vendor_service, excluded.title, excluded.status, excluded.classification,
                              excluded.started_at, excluded.ended_at, excluded.updated_at)
                    """, arguments: StatementArguments([notice.supplier.rawValue, notice.noticeID] + values + [notice.firstSeenAt.storedValue]))
                let noticeChanged = db.changesCount > 0
                let linksChanged = try Self.replaceServices(notice, db)
                changed += noticeChanged || linksChanged ? 1 : 0
            }
            return changed
        }
    }

    public func notices(of suppliers: [SupplierID], limit: Int) async throws -> [StatusNotice] {
        guard !suppliers.isEmpty else { return [] }
        return try await pool.read { db in
            let marks = Array(repeating: "?", count: suppliers.count).joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM status_notice WHERE supplier IN (\(marks)) ORDER BY started_at DESC, notice_id LIMIT ?
                """, arguments: StatementArguments(suppliers.map(\.rawValue)) + [limit])
            return try Self.notices(rows, db)
        }
    }

    public func notices(for service: ServiceID, from: Date, to: Date) async throws -> [StatusNotice] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.* FROM status_notice_service s
                JOIN status_notice n ON n.supplier = s.supplier AND n.notice_id = s.notice_id
                WHERE s.service = ? AND COALESCE(n.started_at, n.first_seen_at) < ? AND (n.ended_at IS NULL OR n.ended_at > ?)
                ORDER BY COALESCE(n.started_at, n.first_seen_at), n.supplier, n.notice_id
                """, arguments: [service.rawValue, to.storedValue, from.storedValue])
            return try Self.notices(rows, db)
        }
    }

    // MARK: - Rows

    /// Rewrites a notice's service links only when they differ; returns whether they did.
    private static func replaceServices(_ notice: StatusNotice, _ db: Database) throws -> Bool {
        let arguments: StatementArguments = [notice.supplier.rawValue, notice.noticeID]
        let stored = try String.fetchAll(db, sql: "SELECT service FROM status_notice_service WHERE supplier = ? AND notice_id = ? ORDER BY service", arguments: arguments)
        let wanted = Array(Set(notice.services.map(\.rawValue))).sorted()
        guard stored != wanted else { return false }
        try db.execute(sql: "DELETE FROM status_notice_service WHERE supplier = ? AND notice_id = ?", arguments: arguments)
        for service in wanted {
            try db.execute(sql: "INSERT INTO status_notice_service (supplier, notice_id, service) VALUES (?, ?, ?)", arguments: arguments + [service])
        }
        return true
    }

    private static func notices(_ rows: [Row], _ db: Database) throws -> [StatusNotice] {
        try rows.map { row in
            var notice = try notice(row)
            notice.services = try String.fetchAll(
                db, sql: "SELECT service FROM status_notice_service WHERE supplier = ? AND notice_id = ? ORDER BY service",
                arguments: [notice.supplier.rawValue, notice.noticeID]
            ).map(ServiceID.init(rawValue:))
            return notice
        }
    }

    private static func notice(_ row: Row) throws -> StatusNotice {
        StatusNotice(
            supplier: try decodeStored(row["supplier"], column: "status_notice.supplier", SupplierID.init),
            noticeID: row["notice_id"], vendorService: row["vendor_service"], title: row["title"], status: row["status"],
            classification: row["classification"],
            startedAt: (row["started_at"] as Double?).map(Date.init(stored:)),
            endedAt: (row["ended_at"] as Double?).map(Date.init(stored:)),
            updatedAt: (row["updated_at"] as Double?).map(Date.init(stored:)),
            firstSeenAt: Date(stored: row["first_seen_at"])
        )
    }
}
