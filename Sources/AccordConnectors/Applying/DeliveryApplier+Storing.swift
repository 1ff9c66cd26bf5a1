import AccordCore
import AccordMapping
import Foundation

/// A delivery's ticket records planned ahead of their write transaction (see
/// ``DeliveryApplier/prepareStoring(_:delivery:supplier:processedAt:)``).
public struct PreparedTicketDelivery: Sendable {
    let plan: TicketDeliveryPlan
    /// What the plan writes when none of the delivery's tickets, events or ledger chains is stored:
    /// derived while the previous delivery commits, used when the transaction finds exactly that.
    let presumed: TicketDeliveryWrites
    /// `presumed`'s rows as the store writes them, encoded with the plan (off the writer).
    let encoded: EncodedTicketRows?
}

extension DeliveryApplier {
    /// Plans a delivery that is not in the inbox yet (a sync page) whose records are all readable
    /// tickets, to be applied by ``applyPrepared(_:syncPage:)`` in one transaction that also stores
    /// it, already processed. Pure apart from preparing the ledger: runs outside any transaction.
    public func prepareStoring(_ records: [CanonicalRecord], delivery: InboxDelivery, supplier: Supplier, processedAt: Date) async throws -> PreparedTicketDelivery {
        guard Self.appliesStoring(records) else {
            throw ApplyError("only readable ticket records are applied with their delivery stored in the same transaction")
        }
        let plan = TicketDeliveryPlan(
            supplier: supplier, delivery: delivery, records: records, ledger: try await ledger?.prepare(), processed: nil,
            storedDelivery: StoredProcessedDelivery(delivery: delivery, processedAt: processedAt)
        )
        let presumed = try plan.writes(from: TicketDeliveryState())
        return PreparedTicketDelivery(plan: plan, presumed: presumed, encoded: stores.ticketDeliveries.encodeAhead(presumed))
    }

    /// Whether ``prepareStoring(_:delivery:supplier:processedAt:)`` takes these records: some, all
    /// readable tickets or ticket events.
    public static func appliesStoring(_ records: [CanonicalRecord]) -> Bool {
        !records.isEmpty && records.allSatisfy { $0.diagnostics.isEmpty && ($0.recordType == .ticket || $0.recordType == .ticketEvent) }
    }

    /// Applies a prepared delivery: stores it processed, writes its tickets and commits `syncPage`,
    /// in one transaction. Throws ``DeliveryStoredAlready`` when its id is stored; nothing is
    /// written when anything throws.
    public func applyPrepared(_ prepared: PreparedTicketDelivery, syncPage: SyncPageCommit?) async throws {
        var plan = prepared.plan
        plan.syncPage = syncPage
        var presumed = prepared.presumed
        presumed.syncPage = syncPage
        let request = plan.request
        let encoded = prepared.encoded
        _ = try await locks.withLocks(request.ticketIDs.keys.map { .external(plan.supplier.id, $0) }) { [plan, presumed] in
            try await stores.ticketDeliveries.apply(request, presuming: presumed, encoded: encoded) { state in try plan.writes(from: state) }
        }
    }
}
