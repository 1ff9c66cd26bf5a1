import AccordCore
import AccordMapping
import Foundation

extension InboxProcessor {
    /// The entry's body normalised through its supplier's adapter; `nil` when either is gone
    /// (``process(_:now:normalized:)`` records why).
    func normalize(_ entry: InboxEntry) -> NormalizationResult? {
        let delivery = entry.delivery
        guard let adapterName = suppliers[delivery.supplier]?.adapter, let adapter = adapters[adapterName] else { return nil }
        return adapter.normalize(delivery.body, contentType: delivery.contentType)
    }

    /// Deliveries with more records are applied on their own: their records share one transaction already.
    static let batchableRecords = 16

    /// The entry as a ticket batch item, when it can join one: clean, a few ticket records only.
    func batchItem(_ entry: InboxEntry, _ normalized: NormalizationResult, now: Date) -> DeliveryApplier.TicketBatchItem? {
        guard let supplier = suppliers[entry.delivery.supplier], normalized.isClean, normalized.records.count <= Self.batchableRecords,
              DeliveryApplier.isTicketBatchable(normalized.records) else { return nil }
        return DeliveryApplier.TicketBatchItem(
            records: normalized.records, delivery: entry.delivery, supplier: supplier, processed: ProcessedInboxEntry(id: entry.id, at: now)
        )
    }

    /// Applies the batch and records each entry's outcome in `summary`; returns `false` when a
    /// shutdown interrupted it (entries not applied stay pending, no attempt used up).
    func processBatch(_ batch: [(entry: InboxEntry, item: DeliveryApplier.TicketBatchItem)], now: Date, into summary: inout PassSummary) async -> Bool {
        guard !batch.isEmpty else { return true }
        let results: [Result<DeliveryApplier.Summary, any Error>]
        do {
            results = try await applier.applyTickets(batch.map(\.item))
        } catch {
            if Task.isCancelled || error is CancellationError { return false }
            // Nothing of the batch was written: each entry on its own, so that a failure is
            // recorded against the entry it concerns.
            for (entry, _) in batch {
                if Task.isCancelled { return false }
                guard summary.add(await process(entry, now: now)) else { return false }
            }
            return true
        }
        var interrupted = false
        for ((entry, _), result) in zip(batch, results) {
            switch result {
            case .success:
                summary.processed += 1
            case .failure(let error):
                if Task.isCancelled || error is CancellationError {
                    interrupted = true
                    continue
                }
                _ = summary.add(await fail(entry, attempt: entry.attempts + 1, now: now, message: "could not apply: \(error)", permanent: false))
            }
        }
        return !interrupted
    }
}

extension InboxProcessor.PassSummary {
    /// Counts `outcome`; `false` when it was an interruption.
    mutating func add(_ outcome: InboxProcessor.Outcome) -> Bool {
        switch outcome {
        case .processed: processed += 1
        case .retry: retried += 1
        case .dead: dead += 1
        case .interrupted: return false
        }
        return true
    }
}
