import AccordCore
import Foundation

/// Where a running sync stands, reported after every committed page (for progress bars and logs).
public struct SyncProgress: Sendable {
    public var supplier: SupplierID
    public var resource: String
    public var pages: Int
    public var records: Int
    /// The source's total when it says (`X-Total-Count`), for an ETA.
    public var total: Int?
    public var elapsed: TimeInterval

    /// Records per second so far.
    public var rate: Double { elapsed > 0 ? Double(records) / elapsed : 0 }

    /// Seconds left at the current rate, when the total is known.
    public var eta: TimeInterval? {
        guard let total, rate > 0, total >= records else { return nil }
        return Double(total - records) / rate
    }
}
