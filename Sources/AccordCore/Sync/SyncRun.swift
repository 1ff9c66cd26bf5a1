import Foundation

/// One recorded sync run of one supplier resource: what it read, what it changed, and how it ended.
public struct SyncRun: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var supplier: SupplierID
    public var resource: String
    public var mode: SyncMode
    /// `poll`, `fileDrop` or `statusFeed`.
    public var channel: Channel
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: SyncRunStatus
    public var pages: Int
    public var counts: SyncCounts
    public var watermarkBefore: Date?
    /// The watermark the run reached; it becomes the supplier's watermark only when the run completes.
    public var watermarkAfter: Date?
    /// Where the next page starts: committed with each page, so a killed run resumes there.
    public var checkpoint: PageCursor?
    /// Why the run failed, for people; never a credential or payload.
    public var error: String?

    public init(
        id: Int64, supplier: SupplierID, resource: String, mode: SyncMode, channel: Channel, startedAt: Date,
        finishedAt: Date? = nil, status: SyncRunStatus = .running, pages: Int = 0, counts: SyncCounts = SyncCounts(),
        watermarkBefore: Date? = nil, watermarkAfter: Date? = nil, checkpoint: PageCursor? = nil, error: String? = nil
    ) {
        self.id = id
        self.supplier = supplier
        self.resource = resource
        self.mode = mode
        self.channel = channel
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.pages = pages
        self.counts = counts
        self.watermarkBefore = watermarkBefore
        self.watermarkAfter = watermarkAfter
        self.checkpoint = checkpoint
        self.error = error
    }
}

/// Where a run stands.
public enum SyncRunStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case running
    case completed
    case failed
}

/// What a run saw and did, per record.
public struct SyncCounts: Sendable, Hashable, Codable {
    public var seen = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var failed = 0
    /// Records a full run did not see again (see ``MissingRecordPolicy``).
    public var vanished = 0
    /// Vanished records retired or deleted by the policy in this run.
    public var retired = 0
    public var deleted = 0

    public init() {}

    public static func + (lhs: SyncCounts, rhs: SyncCounts) -> SyncCounts {
        var sum = lhs
        sum.seen += rhs.seen
        sum.created += rhs.created
        sum.updated += rhs.updated
        sum.unchanged += rhs.unchanged
        sum.failed += rhs.failed
        sum.vanished += rhs.vanished
        sum.retired += rhs.retired
        sum.deleted += rhs.deleted
        return sum
    }
}

/// The position of the next page to fetch, in whichever form the pagination uses.
public struct PageCursor: Sendable, Hashable, Codable {
    /// 0-based number of the next page.
    public var pageIndex: Int
    /// The next offset (offset/limit) or page number (page number style).
    public var position: Int
    /// The next cursor token or full next URL (cursor and Link styles).
    public var token: String?

    public init(pageIndex: Int, position: Int, token: String? = nil) {
        self.pageIndex = pageIndex
        self.position = position
        self.token = token
    }
}
