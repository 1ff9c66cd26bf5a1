import AccordCore
import Foundation

/// The federated CMDB over a ``CMDBStore``: takes in source records and reconciles incrementally.
///
/// A changed record re-evaluates only its component: the records reachable from it through shared
/// match keys (old and new) and reviewers' links. Components are reconciled by the pure
/// ``ComponentReconciler``, so the same records give the same golden CIs in any arrival order.
public struct FederatedCMDB: Sendable {
    public let store: any CMDBStore
    public let rules: CMDBRules
    /// Each supplier's tier, for tier-based precedence.
    public let tiers: [SupplierID: Tier]

    public init(store: any CMDBStore, rules: CMDBRules, tiers: [SupplierID: Tier]) {
        self.store = store
        self.rules = rules
        self.tiers = tiers
    }

    /// Takes in source records and reconciles what they touch. A record older than the stored one
    /// for the same supplier and source key is ignored (it only moves `firstSeen` back).
    @discardableResult
    public func ingest(_ items: [ConfigurationItem]) async throws -> ReconciliationSummary {
        var latest: [SourceRecordRef: ConfigurationItem] = [:]
        var earliest: [SourceRecordRef: Date] = [:]
        for item in items {
            earliest[item.ref] = min(earliest[item.ref] ?? item.observedAt, item.observedAt)
            if let kept = latest[item.ref], kept.observedAt > item.observedAt { continue }
            latest[item.ref] = item
        }
        let stored = Dictionary(try await store.records(Array(latest.keys)).map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        var changed: [CMDBSourceRecord] = []
        for (ref, item) in latest.sorted(by: { $0.key < $1.key }) {
            let previous = stored[ref]
            let firstSeen = min(previous?.firstSeen ?? .distantFuture, earliest[ref] ?? item.observedAt)
            var record = MatchKeys.sourceRecord(item, firstSeen: firstSeen, rules: rules)
            if let previous, previous.item.observedAt > item.observedAt { record = previous; record.firstSeen = firstSeen }
            if record != previous { changed.append(record) }
        }
        guard !changed.isEmpty else { return ReconciliationSummary(changedRecords: 0, componentRecords: 0, clusters: 0) }
        let replaced = try await store.saveRecords(changed)
        let seedKeys = Set(changed.flatMap(\.matchKeys) + replaced.flatMap(\.matchKeys))
        // The records just saved are held already: reconciliation starts from them instead of reading them back.
        var summary = try await reconcile(refs: changed.map(\.ref), keys: seedKeys, holding: changed)
        summary.changedRecords = changed.count
        return summary
    }

    /// Stores relationships; they attach to golden CIs through their records, so nothing is re-identified.
    public func ingest(relationships: [SourceRelationship]) async throws {
        try await store.saveRelationships(relationships)
    }

    /// Records a reviewer's resolution and re-evaluates the records it concerns.
    @discardableResult
    public func resolve(_ resolution: CMDBResolution) async throws -> ReconciliationSummary {
        try await store.saveResolution(resolution)
        var refs = [resolution.record]
        if case .link(let anchor) = resolution.action { refs.append(anchor) }
        let records = try await store.records(refs)
        return try await reconcile(refs: refs, keys: Set(records.flatMap(\.matchKeys)))
    }

    /// Reconciles the component reachable from `refs` and `keys` and stores the outcome.
    /// `held`: records of `refs` as stored, which need not be read again.
    func reconcile(refs: [SourceRecordRef], keys: Set<String>, holding held: [CMDBSourceRecord] = []) async throws -> ReconciliationSummary {
        var known: [SourceRecordRef: CMDBSourceRecord] = [:]
        var seenKeys = Set<String>()
        var resolutions: [SourceRecordRef: CMDBResolution] = [:]
        var pendingRefs = Set(refs)
        var pendingKeys = keys
        var heldFirst = held
        while !pendingRefs.isEmpty || !pendingKeys.isEmpty {
            var found = heldFirst
            heldFirst = []
            let heldRefs = Set(found.map(\.ref))
            found += try await store.records(Array(pendingRefs.filter { known[$0] == nil && !heldRefs.contains($0) }))
            found += try await store.records(sharingKeys: Array(pendingKeys.subtracting(seenKeys)), excluding: Set(known.keys).union(heldRefs))
            seenKeys.formUnion(pendingKeys)
            pendingRefs = []
            pendingKeys = []
            var fresh: [SourceRecordRef] = []
            for record in found where known[record.ref] == nil {
                known[record.ref] = record
                fresh.append(record.ref)
                pendingKeys.formUnion(record.matchKeys.filter { !seenKeys.contains($0) })
            }
            guard !fresh.isEmpty else { continue }
            for resolution in try await store.resolutions(involving: fresh) {
                resolutions[resolution.record] = resolution
                pendingRefs.insert(resolution.record)
                if case .link(let anchor) = resolution.action { pendingRefs.insert(anchor) }
            }
            pendingRefs = pendingRefs.filter { known[$0] == nil }
        }
        let update = ComponentReconciler.reconcile(Array(known.values), resolutions: Array(resolutions.values), rules: rules)
        try await store.apply(update)
        return ReconciliationSummary(changedRecords: 0, componentRecords: known.count, clusters: update.clusters.count)
    }
}

/// What one ingestion did.
public struct ReconciliationSummary: Sendable, Hashable {
    /// Records whose stored content changed.
    public var changedRecords: Int
    /// Records re-evaluated (the changed ones and everything they touch).
    public var componentRecords: Int
    /// Golden CIs those records form.
    public var clusters: Int
}
