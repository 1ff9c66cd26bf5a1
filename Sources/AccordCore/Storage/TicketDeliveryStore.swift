import Foundation

/// Applies one delivery's ticket records as a unit: reads the tickets it names with their events
/// and ledger chains, lets a pure plan decide what to write, and writes it.
///
/// The SQLite implementation does all of it in one write transaction (one commit per page or
/// webhook delivery instead of several per ticket); ``PortsTicketDeliveryStore`` applies the same
/// writes through the individual ports one after another, for backends without transactions.
public protocol TicketDeliveryStore: Sendable {
    /// Reads the state `request` names, calls `plan` with it, and writes the returned writes
    /// (events, tickets, ledger entries, clock records, the inbox entry marked processed).
    /// Returns the writes. Nothing is written when `plan` throws.
    ///
    /// Throws ``StoreError/conflict(_:)`` when a ticket's external reference belongs to another
    /// ticket, an event id is already stored, or a ledger entry does not follow its chain.
    func apply(
        _ request: TicketDeliveryRequest, plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites

    /// As ``apply(_:plan:)``, but writes `presumed` without calling `plan` when the state read is
    /// empty (none of the tickets, events or chains stored): `presumed` must be what `plan` returns
    /// for an empty state, derived beforehand so that the transaction does not wait for it.
    /// `encoded`: what ``encodeAhead(_:)`` of this store made of `presumed`, used when `presumed`
    /// is written (so that the transaction does not encode its rows either).
    func apply(
        _ request: TicketDeliveryRequest, presuming presumed: TicketDeliveryWrites, encoded: EncodedTicketRows?,
        plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites

    /// Encodes the events and tickets of `writes` as this store will write them, outside any
    /// transaction (a sync page's read-ahead); `nil` where a store has nothing to gain from it.
    func encodeAhead(_ writes: TicketDeliveryWrites) -> EncodedTicketRows?

    /// Applies several deliveries in order, each as ``apply(_:plan:)`` would and seeing the writes
    /// of those before it; one delivery's failure (its plan throws, its writes conflict) leaves of
    /// it what its own apply would have (nothing, where the store has transactions) and does not
    /// undo or stop the others. Returns one result per item.
    ///
    /// Throws when the batch as a whole failed (its commit, the connection); nothing of it is
    /// written then. The SQLite implementation commits the batch once, each delivery in its own
    /// savepoint; the default applies them one after another.
    func applyEach(_ items: [TicketDeliveryBatchItem]) async throws -> [Result<TicketDeliveryWrites, any Error>]
}

/// One delivery of a ``TicketDeliveryStore/applyEach(_:)`` batch: what it reads and its plan.
public struct TicketDeliveryBatchItem: Sendable {
    public var request: TicketDeliveryRequest
    public var plan: @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites

    public init(request: TicketDeliveryRequest, plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites) {
        self.request = request
        self.plan = plan
    }
}

extension TicketDeliveryStore {
    /// Reads first like any apply, so the presumption is only a shortcut for the plan.
    public func apply(
        _ request: TicketDeliveryRequest, presuming presumed: TicketDeliveryWrites, encoded: EncodedTicketRows?,
        plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites {
        try await apply(request) { state in state.isEmpty ? presumed : try plan(state) }
    }

    /// ``apply(_:presuming:encoded:plan:)`` with nothing encoded ahead.
    public func apply(
        _ request: TicketDeliveryRequest, presuming presumed: TicketDeliveryWrites,
        plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites {
        try await apply(request, presuming: presumed, encoded: nil, plan: plan)
    }

    public func encodeAhead(_ writes: TicketDeliveryWrites) -> EncodedTicketRows? { nil }

    public func applyEach(_ items: [TicketDeliveryBatchItem]) async throws -> [Result<TicketDeliveryWrites, any Error>] {
        var results: [Result<TicketDeliveryWrites, any Error>] = []
        for item in items {
            do {
                results.append(.success(try await apply(item.request, plan: item.plan)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }
}

/// Rows a store encoded for some writes ahead of its transaction (``TicketDeliveryStore/encodeAhead(_:)``):
/// opaque to callers, read only by the store that made them, for the events and tickets of those writes.
public struct EncodedTicketRows: Sendable {
    /// The store's own encoding.
    public let rows: any Sendable

    /// For stores (in their ``TicketDeliveryStore/encodeAhead(_:)``) only.
    public init(_ rows: any Sendable) { self.rows = rows }
}

/// What a delivery's apply must read: one supplier's tickets by external id.
public struct TicketDeliveryRequest: Sendable, Hashable {
    public var supplier: SupplierID
    /// External id → the id a ticket gets when the supplier's external id is not known yet
    /// (its events may be stored already, by an apply cut short).
    public var ticketIDs: [String: TicketID]
    /// Whether the tickets' ledger chains are read too (only when the ledger is kept).
    public var readsLedger: Bool

    public init(supplier: SupplierID, ticketIDs: [String: TicketID], readsLedger: Bool) {
        self.supplier = supplier
        self.ticketIDs = ticketIDs
        self.readsLedger = readsLedger
    }
}

/// The stored state of a delivery's tickets, as read inside the apply.
public struct TicketDeliveryState: Sendable {
    /// The supplier's existing tickets, by external id.
    public var tickets: [String: Ticket]
    /// Stored events per ticket id (of existing tickets, and of the default ids of unknown ones),
    /// in source-time order (ties by received time, then id).
    public var events: [TicketID: [TicketEvent]]
    /// Stored ledger chains per ticket id, in sequence order (empty unless the request reads the ledger).
    public var ledger: [TicketID: [ChainedLedgerEntry]]

    /// Whether nothing of the request is stored.
    public var isEmpty: Bool { tickets.isEmpty && events.isEmpty && ledger.isEmpty }

    public init(tickets: [String: Ticket] = [:], events: [TicketID: [TicketEvent]] = [:], ledger: [TicketID: [ChainedLedgerEntry]] = [:]) {
        self.tickets = tickets
        self.events = events
        self.ledger = ledger
    }
}

/// What a delivery's apply writes, in this order: the delivery itself when it is not stored yet,
/// new events, ticket projections, ledger entries, clock records (replaced per ticket), the inbox
/// entry marked processed, and a sync page's checkpoint.
public struct TicketDeliveryWrites: Sendable, Equatable {
    /// Events not stored yet (their ids are new).
    public var events: [TicketEvent] = []
    /// Projections to insert or replace by id.
    public var tickets: [Ticket] = []
    /// Ledger entries to append, each following its ticket's stored chain.
    public var ledgerEntries: [ChainedLedgerEntry] = []
    /// Tickets whose clock records are replaced by these.
    public var clockRecords: [TicketID: [ClockRecord]] = [:]
    /// The inbox entry to mark processed with the writes, and when.
    public var processedEntry: ProcessedInboxEntry?
    /// A delivery to store with the writes, already processed (instead of ``processedEntry``);
    /// the apply throws ``DeliveryStoredAlready`` and writes nothing when its id is stored.
    public var storedDelivery: StoredProcessedDelivery?
    /// A sync page's checkpoint, committed with the writes.
    public var syncPage: SyncPageCommit?

    public init() {}
}

/// An inbox entry marked processed in the same transaction as what it applied.
public struct ProcessedInboxEntry: Sendable, Hashable {
    public var id: Int64
    public var at: Date

    public init(id: Int64, at: Date) {
        self.id = id
        self.at = at
    }
}
