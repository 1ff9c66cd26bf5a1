import AccordCore
import AccordMapping
import Foundation

/// Applies a delivery's canonical records: ticket events and the ticket projection, and
/// configuration item source records. Idempotent: event ids derive from the delivery and record,
/// so applying the same delivery twice changes nothing the second time.
public struct DeliveryApplier: Sendable {
    let stores: AccordStores
    /// Called for every ticket whose history changed, with the earliest new event if it was
    /// placed before events already known (an out-of-order arrival): the ledger recomputes then.
    let ticketChanged: @Sendable (_ ticket: TicketID, _ lateEvent: TicketEventID?) async throws -> Void
    /// Called with a delivery's CI source records and relationships, for the federated CMDB.
    let configurationChanged: @Sendable (_ items: [ConfigurationItem], _ relationships: [SourceRelationship]) async throws -> Void

    public init(
        stores: AccordStores,
        ticketChanged: @escaping @Sendable (TicketID, TicketEventID?) async throws -> Void,
        configurationChanged: @escaping @Sendable ([ConfigurationItem], [SourceRelationship]) async throws -> Void = { _, _ in }
    ) {
        self.stores = stores
        self.ticketChanged = ticketChanged
        self.configurationChanged = configurationChanged
    }

    /// What applying one delivery did.
    public struct Summary: Sendable, Equatable {
        public var ticketsChanged = 0
        public var eventsAppended = 0
        public var configurationItemsSaved = 0
        public var relationships = 0
        /// Records of kinds this pipeline does not apply (status notices: availability evidence).
        public var recordsSkipped = 0
    }

    public func apply(_ records: [CanonicalRecord], delivery: InboxDelivery, supplier: Supplier) async throws -> Summary {
        var summary = Summary()
        var items: [ConfigurationItem] = []
        var relationships: [SourceRelationship] = []
        for record in records where record.diagnostics.isEmpty {
            switch record.recordType {
            case .ticket, .ticketEvent:
                let appended = try await applyTicket(record, delivery: delivery, supplier: supplier)
                summary.eventsAppended += appended
                if appended > 0 { summary.ticketsChanged += 1 }
            case .configurationItem:
                if let item = try await applyConfigurationItem(record, delivery: delivery, supplier: supplier) { items.append(item) }
                summary.configurationItemsSaved += 1
            case .relationship:
                guard let from = record.text(.source), let to = record.text(.target), let type = record.relationshipType else {
                    throw ApplyError("record \(record.recordIndex): a relationship needs source, target and relType")
                }
                relationships.append(SourceRelationship(
                    supplier: supplier.id, from: from, to: to, type: type,
                    observedAt: record.instant(.updatedAt)?.date ?? delivery.receivedAt, channel: delivery.channel
                ))
                summary.relationships += 1
            case .statusNotice:
                summary.recordsSkipped += 1
            }
        }
        if !items.isEmpty || !relationships.isEmpty { try await configurationChanged(items, relationships) }
        return summary
    }

    /// Appends the record's events and re-projects the ticket.
    ///
    /// Resumable: the record's events are derived from the ticket's history *without* them, so a
    /// retry after a crash part-way (some events stored, the ticket not yet saved) derives the same
    /// events, stores only the missing ones, and finishes the projection and the ledger. A replay
    /// of a fully applied record stores nothing new.
    private func applyTicket(_ record: CanonicalRecord, delivery: InboxDelivery, supplier: Supplier) async throws -> Int {
        guard let externalID = record.externalId else { throw ApplyError("record \(record.recordIndex): no externalId") }
        let existing = try await stores.tickets.ticket(supplier: supplier.id, externalID: externalID)
        let ticketID = existing?.id ?? TicketID("TKT-\(supplier.id)-\(externalID)")
        let base = TicketRecordEvents.baseID(for: record, supplier: supplier.id, deliveryID: delivery.deliveryID)
        let known = try await stores.ticketEvents.events(for: ticketID)
        let isOwn = { (event: TicketEvent) in event.id.rawValue == base || event.id.rawValue.hasPrefix(base + "/") }
        let others = known.filter { !isOwn($0) }
        let seed = existing ?? Ticket(
            id: ticketID, kind: record.kind ?? .incident,
            externalReference: ExternalReference(supplier: supplier.id, externalID: externalID, url: nil),
            title: record.text(.title) ?? record.text(.number) ?? externalID,
            timestamps: TicketTimestamps(openedAt: delivery.receivedAt)
        )
        let context = TicketRecordEvents.Context(
            supplier: supplier, ticketID: ticketID, isNewTicket: others.isEmpty,
            // Projected from a blank seed: only the other events decide what the hub already holds.
            current: others.isEmpty ? nil : TicketProjection.project(
                Ticket(id: ticketID, kind: seed.kind, externalReference: seed.externalReference, title: "", timestamps: seed.timestamps),
                events: others
            ),
            deliveryID: delivery.deliveryID, receivedAt: delivery.receivedAt, channel: delivery.channel
        )
        let latestOther = others.map(\.sourceTime).max()
        var appended: [TicketEvent] = []
        for event in TicketRecordEvents.events(for: record, context) where try await stores.ticketEvents.append(event) {
            appended.append(event)
        }
        let resumed = known.contains(where: isOwn)
        guard !appended.isEmpty || resumed || existing == nil else { return 0 }
        let projected = TicketProjection.project(seed, events: known + appended)
        try await stores.tickets.save(projected)
        let mine = known.filter(isOwn) + appended
        let late = mine.filter { event in latestOther.map { event.sourceTime < $0 } ?? false }.min { $0.sourceTime < $1.sourceTime }
        try await ticketChanged(ticketID, late?.id)
        return appended.count
    }

    /// Saves the supplier's source record; returns it unless an older snapshot was ignored.
    private func applyConfigurationItem(_ record: CanonicalRecord, delivery: InboxDelivery, supplier: Supplier) async throws -> ConfigurationItem? {
        guard let sourceKey = record.externalId else { throw ApplyError("record \(record.recordIndex): no externalId") }
        let observed = record.instant(.updatedAt)?.date ?? delivery.receivedAt
        let item = ConfigurationItem(
            id: CIID("CI-\(supplier.id)-\(sourceKey)"), supplier: supplier.id, sourceKey: sourceKey,
            ciClass: record.text(.ciClass) ?? "unknown", name: record.text(.name) ?? sourceKey,
            identifiers: record.identifiers, attributes: record.attributes, observedAt: observed, channel: delivery.channel
        )
        if let stored = try await stores.configurationItems.item(supplier: supplier.id, sourceKey: sourceKey), stored.observedAt > observed {
            return nil  // an older snapshot never overwrites a newer one
        }
        return try await stores.configurationItems.save(item)
    }
}

/// A record that could not be applied, with why.
public struct ApplyError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
