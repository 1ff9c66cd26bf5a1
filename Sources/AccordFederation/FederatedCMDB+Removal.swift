import AccordCore

extension FederatedCMDB {
    /// Removes source records a supplier deleted at the source and reconciles what they touched:
    /// the other members of their golden CIs and every record sharing one of their match keys
    /// get their golden records recomputed without them.
    @discardableResult
    public func remove(_ refs: [SourceRecordRef]) async throws -> ReconciliationSummary {
        var survivors = Set<SourceRecordRef>()
        for ref in refs {
            guard let id = try await store.clusterID(of: ref), let cluster = try await store.cluster(id) else { continue }
            survivors.formUnion(cluster.members)
        }
        let removed = try await store.deleteRecords(refs)
        survivors.subtract(removed.map(\.ref))
        guard !removed.isEmpty else { return ReconciliationSummary(changedRecords: 0, componentRecords: 0, clusters: 0) }
        var summary = try await reconcile(refs: survivors.sorted(), keys: Set(removed.flatMap(\.matchKeys)))
        summary.changedRecords = removed.count
        return summary
    }
}
