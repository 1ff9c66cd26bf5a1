import Foundation

/// Keeps every ticket's ``ClockRecord``s: the flat rows scorecards are computed from, replaced per
/// ticket whenever its ledger changes.
public protocol ClockRecordStore: Sendable {
    /// Replaces all records of `ticket` with `records` (an empty list removes them).
    func replace(ticket: TicketID, with records: [ClockRecord]) async throws
    /// The records of `agreement` whose clock ran at some time in `[start, end)`.
    func records(of agreement: AgreementID, overlapping start: Date, _ end: Date) async throws -> [ClockRecord]
    /// Every record of `ticket`.
    func records(of ticket: TicketID) async throws -> [ClockRecord]
    /// Every record of `agreement`, whatever its period.
    func allRecords(of agreement: AgreementID) async throws -> [ClockRecord]
}

/// Keeps the monthly reports suppliers submit about themselves, raw, for reconciliation.
public protocol SupplierReportStore: Sendable {
    /// Stores a report's raw bytes and returns its id.
    func save(_ report: StoredSupplierReport) async throws -> Int64
    /// The latest report of `supplier` for `period`, if any.
    func latest(supplier: SupplierID, period: String) async throws -> StoredSupplierReport?
    /// Reports of `supplier`, newest first.
    func reports(of supplier: SupplierID) async throws -> [StoredSupplierReport]
}

/// A supplier report as received: who, for which period, when, and the exact bytes.
public struct StoredSupplierReport: Sendable, Hashable, Codable {
    public var id: Int64?
    public var supplier: SupplierID
    public var period: String
    public var receivedAt: Date
    /// `text/csv` or `application/json`.
    public var contentType: String
    public var body: Data
    public var rowCount: Int
    /// Hex SHA-256 of ``body``.
    public var sha256: String

    public init(
        id: Int64? = nil, supplier: SupplierID, period: String, receivedAt: Date, contentType: String, body: Data, rowCount: Int, sha256: String
    ) {
        self.id = id
        self.supplier = supplier
        self.period = period
        self.receivedAt = receivedAt
        self.contentType = contentType
        self.body = body
        self.rowCount = rowCount
        self.sha256 = sha256
    }
}
