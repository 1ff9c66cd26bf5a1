import AccordCore
import AccordMapping
import Foundation

/// What one page held, compared with what the hub knew: the counters, the record hashes to
/// commit, status notices, and the newest updated-at (for the watermark).
struct PageOutcome {
    var counts = SyncCounts()
    var records: [SyncedRecord] = []
    var notices: [StatusNotice] = []
    var newestUpdate: Date?

    init(
        _ result: NormalizationResult, known: [String: SyncedRecord], seenThisRun: Set<String>, supplier: SupplierID, resource: String,
        run: Int64, now: Date
    ) {
        for record in result.records {
            counts.seen += 1
            guard record.diagnostics.isEmpty, let externalID = record.externalId else {
                counts.failed += 1
                continue
            }
            if let updated = record.instant(.updatedAt)?.date { newestUpdate = max(newestUpdate ?? updated, updated) }
            let hash = RecordHash.of(record)
            if let previous = known[externalID] {
                if previous.contentHash == hash { counts.unchanged += 1 } else { counts.updated += 1 }
            } else if seenThisRun.contains(externalID) {
                counts.unchanged += 1  // seen on an earlier page of this run (the source shifted under the offsets)
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
}
