import Foundation

/// One fact about one clock of one ticket under one agreement, as derived from the ticket's events.
///
/// Entries are append-only. A ``ChainedLedgerEntry`` wraps an entry with its place in the ticket's
/// hash chain.
public struct LedgerEntry: Sendable, Hashable, Codable {
    public var ticketID: TicketID
    public var agreementID: AgreementID
    public var clock: ClockKind
    /// Counts from 1; a `restart` reopen starts the next cycle, earlier cycles are kept.
    public var cycle: Int
    public var kind: LedgerEntryKind
    /// When the fact took effect (a source time, or a computed warning/breach instant).
    public var instant: Date
    /// Business seconds the clock had run at ``instant``.
    public var elapsed: Int
    /// The target in business seconds in force at ``instant``; `nil` when the priority has none.
    public var target: Int?
    /// Why: the pause party (`customer`, …, `custody` when the supplier does not hold the ticket),
    /// the outcome of a stop (`met`, `breached`, `cancelled`), the old target of a target change,
    /// or the reason of a recomputation.
    public var reason: String?
    /// The ticket event that caused the entry; `nil` for computed instants (warned, breached).
    public var causingEvent: TicketEventID?
    public var calendarID: CalendarID
    /// The calendar version the clock runs on: the version in force when the clock started.
    public var calendarVersion: Date

    public init(
        ticketID: TicketID, agreementID: AgreementID, clock: ClockKind, cycle: Int, kind: LedgerEntryKind, instant: Date,
        elapsed: Int, target: Int?, reason: String? = nil, causingEvent: TicketEventID?, calendarID: CalendarID, calendarVersion: Date
    ) {
        self.ticketID = ticketID
        self.agreementID = agreementID
        self.clock = clock
        self.cycle = cycle
        self.kind = kind
        self.instant = instant
        self.elapsed = elapsed
        self.target = target
        self.reason = reason
        self.causingEvent = causingEvent
        self.calendarID = calendarID
        self.calendarVersion = calendarVersion
    }
}

/// A ledger entry in its ticket's hash chain.
public struct ChainedLedgerEntry: Sendable, Hashable, Codable {
    /// Position in the ticket's chain, from 1.
    public var sequence: Int
    /// The block the entry belongs to; a recomputation opens the next block.
    public var block: Int
    public var entry: LedgerEntry
    /// Hex SHA-256 of the previous entry of the same ticket (64 zeros for the first).
    public var previousHash: String
    /// Hex SHA-256 over ``previousHash`` and the entry's canonical text.
    public var hash: String

    public init(sequence: Int, block: Int, entry: LedgerEntry, previousHash: String, hash: String) {
        self.sequence = sequence
        self.block = block
        self.entry = entry
        self.previousHash = previousHash
        self.hash = hash
    }
}
