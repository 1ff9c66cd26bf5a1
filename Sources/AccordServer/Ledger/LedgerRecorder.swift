import AccordConfig
import AccordConnectors
import AccordCore
import AccordLedger
import AccordReconciliation
import BusinessTime
import Foundation

/// Brings a ticket's ledger up to date: loads its events, derives its clocks under every
/// configured agreement, and appends what is new to its hash chain.
public struct LedgerRecorder: Sendable {
    let stores: AccordStores
    /// Every OLA of every supplier and every service's SLA.
    let agreements: [Agreement]
    let calendars: CalendarRegistry
    /// Calendar versions only change when the hub starts (``CalendarRegistry/recordConfigured(_:at:)``),
    /// so they are compiled once per recorder, not once per ticket update.
    private let compiled = CompiledCalendars()

    public init(stores: AccordStores, configuration: AccordConfiguration) {
        self.stores = stores
        agreements = configuration.suppliers.flatMap(\.supplier.agreements)
            + configuration.serviceAgreements.values.sorted { $0.id < $1.id }
        calendars = CalendarRegistry(store: stores.calendarVersions)
    }

    /// What one update did.
    public struct Outcome: Sendable {
        public var appended: [ChainedLedgerEntry]
        public var statuses: [ClockStatus]
        public var problems: [String]
    }

    /// Derives the ticket's clocks as of `now` and appends new entries; a derivation that
    /// contradicts the stored current block appends a recomputed block caused by `cause`.
    @discardableResult
    public func update(ticket: TicketID, now: Date, cause: TicketEventID? = nil) async throws -> Outcome {
        let events = try await stores.ticketEvents.events(for: ticket)
        let (versions, calendarProblems) = try await compiledCalendars()
        let existing = try await stores.ledger.entries(for: ticket)
        let (outcome, update) = plan(ticket: ticket, events: events, existing: existing, versions: versions, now: now, cause: cause)
        try await stores.ledger.append(update.entries)
        if let records = update.clockRecords, let clockRecords = stores.clockRecords { try await clockRecords.replace(ticket: ticket, with: records) }
        return Outcome(appended: outcome.appended, statuses: outcome.statuses, problems: calendarProblems + outcome.problems)
    }

    /// The calendar versions of every agreement, compiled on first use.
    func compiledCalendars() async throws -> (versions: [CalendarID: CalendarVersions], problems: [String]) {
        try await compiled.get { try await calendars.compiledVersions(of: Set(agreements.map(\.calendarID))) }
    }

    /// What an update appends, derived from the ticket's events and stored chain (pure): the new
    /// entries and, when there are any, the ticket's clock records for scorecards.
    func plan(
        ticket: TicketID, events: [TicketEvent], existing: [ChainedLedgerEntry], versions: [CalendarID: CalendarVersions], now: Date,
        cause: TicketEventID?
    ) -> (Outcome, TicketLedgerUpdate) {
        let derivation = LedgerDerivation.derive(ticketID: ticket, events: events, agreements: agreements, calendars: versions, asOf: now)
        let additions = LedgerChain.append(derivation.entries, to: existing, ticketID: ticket, recomputedAt: now, cause: cause)
        // The derivation is the chain's new current block; scorecards read its flattened rows.
        let clockRecords = additions.isEmpty ? nil : ClockRecords.from(
            currentBlock: derivation.entries, service: TicketTimeline(events: events).snapshots.last?.service
        )
        return (
            Outcome(appended: additions, statuses: derivation.statuses, problems: derivation.problems),
            TicketLedgerUpdate(entries: additions, clockRecords: clockRecords)
        )
    }
}

/// Holds the compiled calendar versions after their first use.
private actor CompiledCalendars {
    private var value: (versions: [CalendarID: CalendarVersions], problems: [String])?

    func get(
        _ load: @Sendable () async throws -> (versions: [CalendarID: CalendarVersions], problems: [String])
    ) async throws -> (versions: [CalendarID: CalendarVersions], problems: [String]) {
        if let value { return value }
        let loaded = try await load()
        value = loaded
        return loaded
    }
}
