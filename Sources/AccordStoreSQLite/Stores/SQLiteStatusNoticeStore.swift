import AccordCore
import Foundation
import GRDB

/// ``StatusNoticeStore`` in `status_notice` (migration `v6-sync`).
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
                changed += db.changesCount
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
            return try rows.map { row in
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
    }
}
