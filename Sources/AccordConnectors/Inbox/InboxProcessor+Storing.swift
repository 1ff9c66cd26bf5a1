import AccordCore
import AccordMapping
import Foundation

extension InboxProcessor {
    /// Plans a delivery that is not in the inbox yet (a sync page) for ``applyPrepared(_:syncPage:)``:
    /// `nil` when it does not qualify (not clean, records other than tickets, no configured supplier
    /// or adapter). Such a delivery goes through the inbox instead (stored, then ``process(_:normalized:now:)``).
    public func prepareStoring(_ delivery: InboxDelivery, normalized: NormalizationResult, now: Date) async throws -> PreparedTicketDelivery? {
        guard let supplier = suppliers[delivery.supplier], supplier.adapter.flatMap({ adapters[$0] }) != nil, normalized.isClean,
              DeliveryApplier.appliesStoring(normalized.records)
        else { return nil }
        return try await applier.prepareStoring(normalized.records, delivery: delivery, supplier: supplier, processedAt: now)
    }

    /// Applies a prepared delivery in one write transaction that also stores it, already processed,
    /// and commits `syncPage` (a sync page's raw bytes, tickets and checkpoint: one commit). Throws,
    /// having written nothing, when the apply fails or the delivery id is stored already
    /// (``DeliveryStoredAlready``); the caller then takes the inbox's path, which records a failure
    /// in the entry's attempt log.
    public func applyPrepared(_ prepared: PreparedTicketDelivery, syncPage: SyncPageCommit?) async throws {
        try await applier.applyPrepared(prepared, syncPage: syncPage)
    }
}
