import AccordCore

/// Identifies a closed set of source records as golden CIs: pure and deterministic.
///
/// Records are visited in ``CanonicalOrder``. For each, the identifier sets of its class are tried
/// in order; the first set whose keys match existing CIs decides: one match links, several apply
/// the class's ``MultiMatchPolicy``, none tries the next set; no set matching creates a CI.
/// A candidate is vetoed when a stronger set is filled on both sides with different values (two
/// servers sharing a hostname but with different serials stay two). Reviewers' resolutions win.
public enum ComponentReconciler {
    /// Reconciles `records` (a whole component) under `rules` and `resolutions`.
    public static func reconcile(_ records: [CMDBSourceRecord], resolutions: [CMDBResolution], rules: CMDBRules) -> CMDBComponentUpdate {
        var state = State(rules: rules)
        let ordered = records.sorted(by: CanonicalOrder.precedes)
        let decisions = Dictionary(resolutions.map { ($0.record, $0.action) }, uniquingKeysWith: { _, last in last })
        var deferred: [(CMDBSourceRecord, SourceRecordRef)] = []
        for record in ordered {
            switch decisions[record.ref] {
            case .split?: state.create(record)
            case .link(let anchor)?: deferred.append((record, anchor))
            case nil: state.identify(record)
            }
        }
        for (record, anchor) in deferred {
            if let target = state.clusterOf[anchor] { state.link(record, to: target) } else { state.create(record) }
        }
        let byRef = Dictionary(records.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let clusters = state.clusters.map(\.cluster).sorted { $0.id < $1.id }
        var conflicts = state.conflicts
        for cluster in clusters {
            conflicts += AttributeDisagreement.conflicts(in: cluster, members: cluster.members.compactMap { byRef[$0] })
        }
        return CMDBComponentUpdate(
            records: ordered.map(\.ref).sorted(),
            clusters: clusters,
            conflicts: conflicts.sorted { $0.sortKey < $1.sortKey }
        )
    }

    /// Clusters under construction.
    private struct State {
        struct Draft {
            var cluster: CMDBCluster
            var keysBySet: [String: Set<String>]
        }

        let rules: CMDBRules
        var clusters: [Draft] = []
        var owners: [String: [Int]] = [:]
        var clusterOf: [SourceRecordRef: Int] = [:]
        var conflicts: [CMDBConflict] = []

        init(rules: CMDBRules) { self.rules = rules }

        mutating func identify(_ record: CMDBSourceRecord) {
            let rule = rules.rule(for: record.item.ciClass)
            for (index, set) in rule.identifierSets.enumerated() {
                let prefix = MatchKeys.prefix(of: set)
                let keys = record.matchKeys.filter { $0.hasPrefix(prefix) }
                guard !keys.isEmpty else { continue }
                let found = Set(keys.flatMap { owners[$0] ?? [] }).sorted()
                let candidates = found.filter { !vetoed(record, clusters[$0], stronger: rule.identifierSets.prefix(index)) }
                guard !candidates.isEmpty else { continue }
                let compatible = candidates.filter { rules.compatible(clusters[$0].cluster.ciClass, record.item.ciClass) }
                if compatible.isEmpty {
                    let first = clusters[candidates[0]].cluster
                    conflicts.append(CMDBConflict(
                        kind: .incompatibleClass, ci: first.id, records: [record.ref], candidates: candidates.map { clusters[$0].cluster.id },
                        detail: "\(record.ref) (class \(record.item.ciClass)) matches \(first.id) (class \(first.ciClass)) by \(set); parked"
                    ))
                    return
                }
                if compatible.count == 1 { return link(record, to: compatible[0]) }
                let ids = compatible.map { clusters[$0].cluster.id }
                switch rule.multiMatch {
                case .park:
                    conflicts.append(CMDBConflict(
                        kind: .parkedMultiMatch, ci: nil, records: [record.ref], candidates: ids,
                        detail: "\(record.ref) matches \(ids.count) CIs by \(set); parked for review"
                    ))
                case .linkOldest:
                    link(record, to: compatible[0])
                    conflicts.append(CMDBConflict(
                        kind: .duplicate, ci: ids[0], records: [record.ref], candidates: Array(ids.dropFirst()),
                        detail: "\(record.ref) matches \(ids.count) CIs by \(set); linked to the oldest, \(ids.dropFirst().map(\.rawValue).joined(separator: ", ")) flagged as duplicates"
                    ))
                }
                return
            }
            create(record)
        }

        /// Whether a stronger set is filled on both sides with no value in common.
        private func vetoed(_ record: CMDBSourceRecord, _ draft: Draft, stronger: ArraySlice<IdentifierSet>) -> Bool {
            stronger.contains { set in
                let prefix = MatchKeys.prefix(of: set)
                guard let theirs = draft.keysBySet[prefix], !theirs.isEmpty else { return false }
                let mine = record.matchKeys.filter { $0.hasPrefix(prefix) }
                return !mine.isEmpty && !mine.contains(where: theirs.contains)
            }
        }

        mutating func create(_ record: CMDBSourceRecord) {
            let cluster = CMDBCluster(id: CanonicalOrder.clusterID(founder: record.ref), ciClass: record.item.ciClass, founder: record.ref, members: [])
            clusters.append(Draft(cluster: cluster, keysBySet: [:]))
            link(record, to: clusters.count - 1)
        }

        mutating func link(_ record: CMDBSourceRecord, to index: Int) {
            clusters[index].cluster.members.append(record.ref)
            clusterOf[record.ref] = index
            for key in record.matchKeys {
                guard let equals = key.firstIndex(of: "=") else { continue }
                clusters[index].keysBySet[String(key[...equals]), default: []].insert(key)
                if owners[key]?.contains(index) != true { owners[key, default: []].append(index) }
            }
        }
    }
}
