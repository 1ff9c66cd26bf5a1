import Foundation

/// Keeps sync runs, their page checkpoints, per-record content hashes, watermarks and processed files.
public protocol SyncStore: Sendable {
    /// Starts a run, or returns the unfinished run of the same supplier and resource (to resume it).
    func startOrResume(supplier: SupplierID, resource: String, mode: SyncMode, channel: Channel, at: Date) async throws -> SyncRun
    /// Commits one page in one transaction: the run's counters and checkpoint, the record hashes
    /// (a record whose content changed remembers `page` as where it was read), and `page` itself
    /// (`nil`: not kept, e.g. a page with status notices, which are saved from every read).
    func commitPage(_ run: SyncRun, records: [SyncedRecord], page: SyncedPage?) async throws
    /// The page kept under this content hash, if every record it gave still holds the content it
    /// gave (none changed by a later page, none deleted): then the page is unchanged, record for record.
    func unchangedPage(supplier: SupplierID, resource: String, contentHash: String) async throws -> SyncedPage?
    /// Commits a page found unchanged: the run's counters and checkpoint and, with `markSeen` (full
    /// runs), every record of the page as seen by the run (missing counters reset).
    func commitUnchangedPage(_ run: SyncRun, page: SyncedPage, markSeen: Bool) async throws
    /// Ends a run. A completed run moves the resource's watermark to `run.watermarkAfter`.
    func finish(_ run: SyncRun) async throws
    /// The resource's watermark: where the last completed incremental or full run got to.
    func watermark(supplier: SupplierID, resource: String) async throws -> Date?
    /// The resource's known records, by external id.
    func records(supplier: SupplierID, resource: String) async throws -> [String: SyncedRecord]
    /// The resource's known records among `externalIDs` (one page's), by external id.
    func records(supplier: SupplierID, resource: String, externalIDs: [String]) async throws -> [String: SyncedRecord]
    /// The resource's known records that run `run` did not see, by external id.
    func unseenRecords(supplier: SupplierID, resource: String, run: Int64) async throws -> [SyncedRecord]
    /// Replaces known records' missing counters and retired flags, or removes them (`deleted`).
    func updateMissing(_ records: [SyncedRecord], deleted: [String], supplier: SupplierID, resource: String) async throws
    /// Recent runs of a supplier (all suppliers when `nil`), newest first.
    func runs(supplier: SupplierID?, limit: Int) async throws -> [SyncRun]
    /// Whether a file with this content hash was already imported for the supplier.
    func hasImportedFile(supplier: SupplierID, contentHash: String) async throws -> Bool
    /// Records a settled file by content hash (a re-drop is skipped); `imported` says whether it was
    /// processed (a successful sync of the supplier's drop) or rejected.
    func recordImportedFile(supplier: SupplierID, contentHash: String, name: String, at: Date, imported: Bool) async throws
    /// When the supplier's last file was imported (processed, not rejected); `nil` if never.
    func lastImportedFile(supplier: SupplierID) async throws -> Date?
}

/// Keeps vendor status notices: the availability evidence of Exclude-tier suppliers.
public protocol StatusNoticeStore: Sendable {
    /// Inserts or updates notices by (supplier, notice id), keeping the first-seen time, with
    /// their service links. Returns how many were new or changed.
    @discardableResult
    func save(_ notices: [StatusNotice]) async throws -> Int
    /// Notices of `suppliers`, newest start first.
    func notices(of suppliers: [SupplierID], limit: Int) async throws -> [StatusNotice]
    /// The notices that are evidence for `service` and overlap `from..<to`: started (or, with no
    /// start, first seen) before `to` and not ended by `from`; ordered by start, then supplier and id.
    /// Availability is computed from these.
    func notices(for service: ServiceID, from: Date, to: Date) async throws -> [StatusNotice]
}

extension StatusNotice {
    /// When the notice's period starts: the vendor's start, else when the hub first saw it.
    public var effectiveStart: Date { startedAt ?? firstSeenAt }

    /// Whether the notice's period overlaps `from..<to` (an open notice has no end).
    public func overlaps(from: Date, to: Date) -> Bool {
        effectiveStart < to && (endedAt.map { $0 > from } ?? true)
    }
}
