import AccordCore
import AccordMapping
import Foundation

/// Applies a delivery's canonical records: ticket events, the ticket projections and their
/// ledgers in one write transaction (``TicketDeliveryStore``), then configuration item source
/// records in another (``ConfigurationItemDeliveryStore``), then the CMDB hook. Idempotent: event ids derive from the delivery and record, so applying the same
/// delivery twice changes nothing the second time.
public struct DeliveryApplier: Sendable {
    let stores: AccordStores
    /// Brings each changed ticket's ledger up to date in the same transaction (out-of-order
    /// arrivals recompute); `nil` where no ledger is kept.
    let ledger: (any TicketLedgerPlanner)?
    /// Called with a delivery's current CI source records and relationships, for the federated
    /// CMDB; `nil` where none is kept.
    let configurationChanged: (@Sendable (_ items: [ConfigurationItem], _ relationships: [SourceRelationship]) async throws -> Void)?
    /// Shared with the native API, so a delivery and a PATCH of one ticket never interleave.
    let locks: TicketLocks

    public init(
        stores: AccordStores, ledger: (any TicketLedgerPlanner)?, locks: TicketLocks = TicketLocks(),
        configurationChanged: (@Sendable ([ConfigurationItem], [SourceRelationship]) async throws -> Void)? = nil
    ) {
        self.stores = stores
        self.ledger = ledger
        self.locks = locks
        self.configurationChanged = configurationChanged
    }

    /// What applying one delivery did.
    public struct Summary: Sendable, Equatable {
        public var ticketsChanged = 0
        public var eventsAppended = 0
        /// Configuration item records applied (written, unchanged or older than the stored ones).
        public var configurationItemsSaved = 0
        /// Configuration item records inserted or replaced.
        public var configurationItemsWritten = 0
        public var relationships = 0
        /// Records of kinds this pipeline does not apply (status notices: availability evidence).
        public var recordsSkipped = 0
        /// Whether the inbox entry was marked processed with the writes.
        public var markedProcessed = false
    }

    /// Applies the records. `processed`, when given, is marked with the last write transaction
    /// (with the tickets when the delivery holds no configuration records, with the configuration
    /// items when no CMDB hook follows); ``Summary/markedProcessed`` says whether it was.
    public func apply(
        _ records: [CanonicalRecord], delivery: InboxDelivery, supplier: Supplier, processed: ProcessedInboxEntry? = nil
    ) async throws -> Summary {
        var summary = Summary()
        let usable = records.filter(\.diagnostics.isEmpty)
        let tickets = usable.filter { $0.recordType == .ticket || $0.recordType == .ticketEvent }
        let configuration = usable.filter { $0.recordType == .configurationItem || $0.recordType == .relationship }
        summary.recordsSkipped = usable.filter { $0.recordType == .statusNotice }.count
        if !tickets.isEmpty {
            let plan = TicketDeliveryPlan(
                supplier: supplier, delivery: delivery, records: tickets, ledger: try await ledger?.prepare(),
                processed: configuration.isEmpty ? processed : nil
            )
            let request = plan.request
            let writes = try await locks.withLocks(request.ticketIDs.keys.map { .external(supplier.id, $0) }) {
                try await stores.ticketDeliveries.apply(request) { state in try plan.writes(from: state) }
            }
            summary.eventsAppended = writes.events.count
            summary.ticketsChanged = Set(writes.events.map(\.ticketID)).count
            summary.markedProcessed = writes.processedEntry != nil
        }
        var items: [ConfigurationItem] = []
        var relationships: [SourceRelationship] = []
        for record in configuration {
            if record.recordType == .configurationItem {
                items.append(try configurationItem(record, delivery: delivery, supplier: supplier))
                continue
            }
            guard let from = record.text(.source), let to = record.text(.target), let type = record.relationshipType else {
                throw ApplyError("record \(record.recordIndex): a relationship needs source, target and relType")
            }
            relationships.append(SourceRelationship(
                supplier: supplier.id, from: from, to: to, type: type,
                observedAt: record.instant(.updatedAt)?.date ?? delivery.receivedAt, channel: delivery.channel
            ))
            summary.relationships += 1
        }
        var current: [ConfigurationItem] = []
        if !items.isEmpty {
            // With nothing to hand on to the CMDB, the entry is marked processed with the records.
            let marks = configurationChanged == nil ? processed : nil
            let result = try await stores.configurationItemDeliveries.apply(items, processed: marks)
            current = result.current
            summary.configurationItemsSaved = items.count
            summary.configurationItemsWritten = result.written
            summary.markedProcessed = summary.markedProcessed || result.markedProcessed
        }
        // Unchanged records are handed on too: the CMDB skips what it already holds, and an apply
        // cut short between the two (then retried) still reaches it.
        if let configurationChanged, !current.isEmpty || !relationships.isEmpty { try await configurationChanged(current, relationships) }
        return summary
    }

    /// The supplier's source record a canonical record describes.
    private func configurationItem(_ record: CanonicalRecord, delivery: InboxDelivery, supplier: Supplier) throws -> ConfigurationItem {
        guard let sourceKey = record.externalId else { throw ApplyError("record \(record.recordIndex): no externalId") }
        return ConfigurationItem(
            id: CIID("CI-\(supplier.id)-\(sourceKey)"), supplier: supplier.id, sourceKey: sourceKey,
            ciClass: record.text(.ciClass) ?? "unknown", name: record.text(.name) ?? sourceKey,
            identifiers: record.identifiers, attributes: record.attributes,
            observedAt: record.instant(.updatedAt)?.date ?? delivery.receivedAt, channel: delivery.channel
        )
    }
}

/// A record that could not be applied, with why.
public struct ApplyError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
