import AccordCore
import AccordMapping
import Foundation
import Logging

/// Normalises due inbox entries through their supplier's adapter and applies them.
///
/// A failure is recorded with its diagnostics in the entry's attempt log. A payload the adapter
/// cannot map is dead at once (replay it after fixing the adapter); other failures are retried
/// with exponential backoff up to the policy's limit, then dead. Never a hot loop.
///
/// Consecutive due deliveries of a few ticket records only (webhooks; not sync pages or files,
/// whose many records already share their transaction) are applied together, up to `batchSize` per
/// write transaction (one commit and one sync instead of one each; see
/// ``DeliveryApplier/applyTickets(_:)``); each is still marked processed with its own writes, and
/// one that fails is recorded as failed without taking the others with it.
public struct InboxProcessor: Sendable {
    let stores: AccordStores
    let suppliers: [SupplierID: Supplier]
    let adapters: [String: Adapter]
    let applier: DeliveryApplier
    let retry: RetryPolicy
    let batchSize: Int
    let logger: Logger

    public init(
        stores: AccordStores, suppliers: [Supplier], adapters: [String: Adapter], applier: DeliveryApplier,
        retry: RetryPolicy = RetryPolicy(), batchSize: Int = 16, logger: Logger = Logger(label: "accord.inbox")
    ) {
        self.stores = stores
        self.suppliers = Dictionary(suppliers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.adapters = adapters
        self.applier = applier
        self.retry = retry
        self.batchSize = max(1, batchSize)
        self.logger = logger
    }

    /// What one pass did.
    public struct PassSummary: Sendable, Equatable {
        public var processed: Int
        public var retried: Int
        public var dead: Int

        public init(processed: Int = 0, retried: Int = 0, dead: Int = 0) {
            self.processed = processed
            self.retried = retried
            self.dead = dead
        }
    }

    /// Processes up to `limit` entries due at `now`, in order.
    @discardableResult
    public func processDue(now: Date, limit: Int = 100) async throws -> PassSummary {
        var summary = PassSummary()
        var batch: [(entry: InboxEntry, item: DeliveryApplier.TicketBatchItem)] = []
        for entry in try await stores.inbox.due(at: now, limit: limit) {
            // A shutdown stops the pass between entries; an entry cut short stays pending, unharmed.
            if Task.isCancelled { return summary }
            let normalized = normalize(entry)
            let item = normalized.flatMap { batchItem(entry, $0, now: now) }
            if let item {
                batch.append((entry, item))
                if batch.count < batchSize { continue }
            }
            // Entries are applied in order: the batch so far goes before an entry that cannot join it.
            guard await processBatch(batch, now: now, into: &summary) else { return summary }
            batch.removeAll()
            if item == nil {
                guard summary.add(await process(entry, now: now, normalized: normalized)) else { return summary }
            }
        }
        if !Task.isCancelled { _ = await processBatch(batch, now: now, into: &summary) }
        return summary
    }

    /// Processes one entry now, with `normalized` as its body's normalisation through the
    /// supplier's adapter (a sync normalises each page once, to apply it and to count it).
    /// Returns whether the entry was processed; a failure is recorded as in ``processDue(now:limit:)``.
    @discardableResult
    public func process(_ entry: InboxEntry, normalized: NormalizationResult, now: Date) async -> Bool {
        await process(entry, now: now, normalized: normalized) == .processed
    }

    enum Outcome { case processed, retry, dead, interrupted }

    func process(_ entry: InboxEntry, now: Date, normalized: NormalizationResult? = nil) async -> Outcome {
        let attempt = entry.attempts + 1
        do {
            // A clean delivery is marked processed in its last write transaction.
            if try await !normaliseAndApply(entry, processed: ProcessedInboxEntry(id: entry.id, at: now), normalized: normalized) {
                try await stores.inbox.markProcessed(entry.id, at: now)
            }
            return .processed
        } catch let failure as ProcessingFailure {
            return await fail(entry, attempt: attempt, now: now, message: failure.message, permanent: failure.permanent)
        } catch {
            // Cancelled by a shutdown: not the entry's fault, so no attempt is used up.
            if Task.isCancelled || error is CancellationError { return .interrupted }
            return await fail(entry, attempt: attempt, now: now, message: "could not apply: \(error)", permanent: false)
        }
    }

    func fail(_ entry: InboxEntry, attempt: Int, now: Date, message: String, permanent: Bool) async -> Outcome {
        let retryAt = retry.retryAt(afterAttempt: attempt, failedAt: now, permanent: permanent)
        logger.warning("inbox entry failed", metadata: [
            "accord.inbox_entry": "\(entry.id)", "accord.supplier": "\(entry.delivery.supplier)",
            "accord.attempt": "\(attempt)", "accord.dead": "\(retryAt == nil)",
        ])
        do {
            try await stores.inbox.markFailed(entry.id, at: now, error: message, retryAt: retryAt)
        } catch {
            logger.error("could not record an inbox failure", metadata: ["accord.inbox_entry": "\(entry.id)"])
        }
        return retryAt == nil ? .dead : .retry
    }

    /// Returns whether the entry was marked processed with the applied records.
    private func normaliseAndApply(_ entry: InboxEntry, processed: ProcessedInboxEntry, normalized: NormalizationResult?) async throws -> Bool {
        let delivery = entry.delivery
        guard let supplier = suppliers[delivery.supplier] else {
            throw ProcessingFailure("supplier '\(delivery.supplier)' is no longer configured", permanent: true)
        }
        guard let adapterName = supplier.adapter, let adapter = adapters[adapterName] else {
            throw ProcessingFailure("supplier '\(supplier.id)' has no loadable adapter '\(supplier.adapter ?? "")'", permanent: true)
        }
        let result = normalized ?? adapter.normalize(delivery.body, contentType: delivery.contentType)
        // A dropped file is rejected whole (docs/SYNC.md): nothing of it is applied when any record
        // is unreadable, even if this worker reaches it before the importer has marked it.
        if delivery.channel == .fileDrop, !result.isClean {
            throw ProcessingFailure("file rejected whole: " + result.allDiagnostics.map(\.description).joined(separator: "\n"), permanent: true)
        }
        if result.records.isEmpty, result.isClean, delivery.channel == .webhook {
            // Kept and marked processed (an event type the adapter does not map, such as a
            // worklog webhook), but said: a rule that stopped matching looks the same.
            logger.notice("no adapter rule took anything from the delivery: nothing applied", metadata: [
                "accord.inbox_entry": "\(entry.id)", "accord.supplier": "\(delivery.supplier)", "accord.adapter": "\(adapterName)",
            ])
        }
        // Good records are applied even when others failed; event ids make a later replay exact.
        let summary = try await applier.apply(result.records, delivery: delivery, supplier: supplier, processed: result.isClean ? processed : nil)
        if !result.isClean {
            throw ProcessingFailure(result.allDiagnostics.map(\.description).joined(separator: "\n"), permanent: true)
        }
        return summary.markedProcessed
    }
}

/// A processing failure and whether retrying the same bytes could help.
struct ProcessingFailure: Error {
    let message: String
    let permanent: Bool

    init(_ message: String, permanent: Bool) {
        self.message = message
        self.permanent = permanent
    }
}
