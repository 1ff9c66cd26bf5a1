import AccordCore
import AccordMapping
import Foundation

extension DeliveryApplier {
    /// One delivery of a ticket batch: its ticket records and the inbox entry they complete.
    public struct TicketBatchItem: Sendable {
        public var records: [CanonicalRecord]
        public var delivery: InboxDelivery
        public var supplier: Supplier
        public var processed: ProcessedInboxEntry

        public init(records: [CanonicalRecord], delivery: InboxDelivery, supplier: Supplier, processed: ProcessedInboxEntry) {
            self.records = records
            self.delivery = delivery
            self.supplier = supplier
            self.processed = processed
        }
    }

    /// Whether a delivery normalised to `records` can go into a ticket batch: ticket records only,
    /// all usable (configuration items reach the federated CMDB after their delivery's transaction,
    /// so those deliveries are applied on their own).
    public static func isTicketBatchable(_ records: [CanonicalRecord]) -> Bool {
        !records.isEmpty && records.allSatisfy { $0.diagnostics.isEmpty && ($0.recordType == .ticket || $0.recordType == .ticketEvent) }
    }

    /// Applies several deliveries of ticket records (``isTicketBatchable(_:)``) in order, in one
    /// write transaction where the store has one (``TicketDeliveryStore/applyEach(_:)``): each as
    /// ``apply(_:delivery:supplier:processed:)`` would, its inbox entry marked processed with its
    /// writes. A delivery that fails leaves nothing behind and the others applied; its result is
    /// its error. Throws when the batch as a whole could not be applied (nothing of it written).
    public func applyTickets(_ items: [TicketBatchItem]) async throws -> [Result<Summary, any Error>] {
        guard !items.isEmpty else { return [] }
        let ledgerPlan = try await ledger?.prepare()
        let batch = items.map { item in
            let plan = TicketDeliveryPlan(supplier: item.supplier, delivery: item.delivery, records: item.records, ledger: ledgerPlan, processed: item.processed)
            return TicketDeliveryBatchItem(request: plan.request) { state in try plan.writes(from: state) }
        }
        let keys = batch.flatMap { item in item.request.ticketIDs.keys.map { TicketLocks.Key.external(item.request.supplier, $0) } }
        let results = try await locks.withLocks(keys) { [stores] in try await stores.ticketDeliveries.applyEach(batch) }
        return results.map { result in
            result.map { writes in
                var summary = Summary()
                summary.eventsAppended = writes.events.count
                summary.ticketsChanged = Set(writes.events.map(\.ticketID)).count
                summary.markedProcessed = writes.processedEntry != nil
                return summary
            }
        }
    }
}
