import Foundation

/// What one page of a resource gave when the hub last read it, keyed by the SHA-256 of its bytes:
/// enough to count an identical page again without normalising it (see ``SyncStore/unchangedPage(supplier:resource:contentHash:)``).
public struct SyncedPage: Sendable, Hashable {
    /// SHA-256 (hex) of the page's bytes.
    public var contentHash: String
    /// Raw rows on the page (decides whether the page was short, for pagination).
    public var rows: Int
    /// Distinct external ids of the page's readable records (each has a ``SyncedRecord``).
    public var records: Int
    /// What reading the page again counts: every row seen, readable ones unchanged, the rest failed.
    public var seen: Int
    public var unchanged: Int
    public var failed: Int
    /// The newest updated-at among the records, for the watermark.
    public var newestUpdate: Date?

    public init(contentHash: String, rows: Int, records: Int, seen: Int, unchanged: Int, failed: Int, newestUpdate: Date?) {
        self.contentHash = contentHash
        self.rows = rows
        self.records = records
        self.seen = seen
        self.unchanged = unchanged
        self.failed = failed
        self.newestUpdate = newestUpdate
    }

    /// The counts of the page read again, unchanged.
    public var counts: SyncCounts {
        var counts = SyncCounts()
        counts.seen = seen
        counts.unchanged = unchanged
        counts.failed = failed
        return counts
    }
}
