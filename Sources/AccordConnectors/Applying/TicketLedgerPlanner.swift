import AccordCore
import Foundation

/// Brings changed tickets' SLA/OLA ledgers up to date inside a delivery's write transaction.
///
/// The connectors do not know how clocks are derived (that is `AccordLedger`'s, wired in by the
/// server); they get a pure plan, prepared once per delivery before its transaction.
public protocol TicketLedgerPlanner: Sendable {
    /// Loads what the plan needs (compiled calendars) and fixes its `now`.
    func prepare() async throws -> TicketLedgerPlan
}

/// Derives one ticket's new ledger entries from its whole event history and its stored chain.
public struct TicketLedgerPlan: Sendable {
    /// `(ticket, events in source order, stored chain, the late event that caused a recompute)`.
    public let update: @Sendable (TicketID, [TicketEvent], [ChainedLedgerEntry], TicketEventID?) -> TicketLedgerUpdate

    public init(update: @escaping @Sendable (TicketID, [TicketEvent], [ChainedLedgerEntry], TicketEventID?) -> TicketLedgerUpdate) {
        self.update = update
    }
}

/// A ticket's ledger additions and, when there are any, its new clock records.
public struct TicketLedgerUpdate: Sendable {
    public var entries: [ChainedLedgerEntry]
    /// The ticket's flattened clock records to replace the stored ones (`nil`: leave them).
    public var clockRecords: [ClockRecord]?

    public init(entries: [ChainedLedgerEntry], clockRecords: [ClockRecord]?) {
        self.entries = entries
        self.clockRecords = clockRecords
    }
}
