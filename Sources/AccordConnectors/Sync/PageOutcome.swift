import AccordCore
import AccordMapping
import Foundation

/// What one page held, compared with what the hub knew of its records (looked up per page, so a
/// record an earlier page of the run stored is known): the counters, the record hashes to commit,
/// status notices, and the newest updated-at (for the watermark).
struct PageOutcome {
    var counts = SyncCounts()
    var records: [SyncedRecord] = []
    var notices: [StatusNotice] = []
    var newestUpdate: Date?

    /// `hashes`: the records' content hashes made beforehand (``hashes(_:)``), or `nil` to make them here.
    init(
        _ result: NormalizationResult, hashes: [String?]? = nil, known: [String: SyncedRecord], supplier: SupplierID, resource: String,
        run: Int64, now: Date
    ) {
        for (index, record) in result.records.enumerated() {
            counts.seen += 1
            guard record.diagnostics.isEmpty, let externalID = record.externalId else {
                counts.failed += 1
                continue
            }
            if let updated = record.instant(.updatedAt)?.date { newestUpdate = max(newestUpdate ?? updated, updated) }
            let hash = hashes?[index] ?? RecordHash.of(record)
            if let previous = known[externalID] {
                if previous.contentHash == hash { counts.unchanged += 1 } else { counts.updated += 1 }
            } else {
                counts.created += 1
            }
            records.append(SyncedRecord(
                supplier: supplier, resource: resource, externalID: externalID, recordType: record.recordType.rawValue,
                contentHash: hash, lastSeenRun: run
            ))
            if record.recordType == .statusNotice {
                notices.append(StatusNotice(
                    supplier: supplier, noticeID: externalID, vendorService: record.text(.service),
                    title: record.text(.title) ?? externalID, status: record.text(.status), classification: record.text(.classification),
                    startedAt: record.instant(.startedAt)?.date, endedAt: record.instant(.endedAt)?.date,
                    updatedAt: record.instant(.updatedAt)?.date, firstSeenAt: now
                ))
            }
        }
        if !result.documentDiagnostics.isEmpty { counts.failed += max(1, result.documentDiagnostics.count) }
    }

    /// The content hash of each readable record (`nil` for the others), in record order.
    static func hashes(_ result: NormalizationResult) -> [String?] {
        result.records.map { $0.diagnostics.isEmpty && $0.externalId != nil ? RecordHash.of($0) : nil }
    }

    /// The raw row count, which decides whether a page was short (the adapter may skip rows): a
    /// page that gave a full page of records was not short, so only a short one is parsed again.
    static func rows(_ result: NormalizationResult, body: Data, pageSize: Int) -> Int {
        result.records.count >= pageSize ? result.records.count : PageBody.rowCount(body) ?? result.records.count
    }

    /// The external ids of the page's readable records (what to look up before counting).
    static func externalIDs(_ result: NormalizationResult) -> [String] {
        result.records.compactMap { $0.diagnostics.isEmpty ? $0.externalId : nil }
    }

    /// The page as kept for an identical read later; `nil` for pages with status notices (they
    /// are saved from every read).
    func syncedPage(contentHash: String, rows: Int) -> SyncedPage? {
        guard notices.isEmpty else { return nil }
        return SyncedPage(
            contentHash: contentHash, rows: rows, records: Set(records.map(\.externalID)).count, seen: counts.seen,
            unchanged: records.count, failed: counts.failed, newestUpdate: newestUpdate
        )
    }
}
