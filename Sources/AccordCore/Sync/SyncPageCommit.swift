import Foundation

/// A sync page's checkpoint, committed in the same transaction as what the page applied (see
/// ``TicketDeliveryWrites/syncPage``): the run's counters and checkpoint, the record hashes and
/// the page summary, as ``SyncStore/commitPage(_:records:page:)`` commits them.
public struct SyncPageCommit: Sendable, Hashable {
    public var run: SyncRun
    public var records: [SyncedRecord]
    public var page: SyncedPage?

    public init(run: SyncRun, records: [SyncedRecord], page: SyncedPage?) {
        self.run = run
        self.records = records
        self.page = page
    }
}
