import AccordCore

/// ``CMDBStore`` in memory, for tests.
public actor MemoryCMDBStore: CMDBStore {
    private var records: [SourceRecordRef: CMDBSourceRecord] = [:]
    private var keyIndex: [String: Set<SourceRecordRef>] = [:]
    private var relationships: [String: SourceRelationship] = [:]
    private var resolutions: [SourceRecordRef: CMDBResolution] = [:]
    private var clusters: [CIID: CMDBCluster] = [:]
    private var links: [SourceRecordRef: CIID] = [:]
    private var conflictList: [CMDBConflict] = []

    public init() {}

    public func saveRecords(_ newRecords: [CMDBSourceRecord]) async throws -> [CMDBSourceRecord] {
        var replaced: [CMDBSourceRecord] = []
        for record in newRecords {
            if let old = records[record.ref] {
                replaced.append(old)
                for key in old.matchKeys { keyIndex[key]?.remove(old.ref) }
            }
            records[record.ref] = record
            for key in record.matchKeys { keyIndex[key, default: []].insert(record.ref) }
        }
        return replaced
    }

    public func records(_ refs: [SourceRecordRef]) async throws -> [CMDBSourceRecord] {
        Set(refs).compactMap { records[$0] }
    }

    public func records(sharingKeys keys: [String], excluding known: Set<SourceRecordRef>) async throws -> [CMDBSourceRecord] {
        Set(keys.flatMap { keyIndex[$0] ?? [] }).subtracting(known).compactMap { records[$0] }
    }

    public func deleteRecords(_ refs: [SourceRecordRef]) async throws -> [CMDBSourceRecord] {
        let doomed = Set(refs)
        var deleted: [CMDBSourceRecord] = []
        for ref in doomed {
            guard let record = records.removeValue(forKey: ref) else { continue }
            deleted.append(record)
            for key in record.matchKeys { keyIndex[key]?.remove(ref) }
            resolutions[ref] = nil
            if let id = links.removeValue(forKey: ref) { clusters[id] = nil }
        }
        relationships = relationships.filter { doomed.isDisjoint(with: [$0.value.fromRef, $0.value.toRef]) }
        conflictList.removeAll { !doomed.isDisjoint(with: $0.records) }
        return deleted
    }

    public func saveRelationships(_ new: [SourceRelationship]) async throws {
        for relationship in new { relationships[Self.key(relationship)] = relationship }
    }

    public func relationships(touching refs: [SourceRecordRef]) async throws -> [SourceRelationship] {
        let wanted = Set(refs)
        return relationships.values.filter { wanted.contains($0.fromRef) || wanted.contains($0.toRef) }.sorted { Self.key($0) < Self.key($1) }
    }

    public func saveResolution(_ resolution: CMDBResolution) async throws { resolutions[resolution.record] = resolution }

    public func resolutions(involving refs: [SourceRecordRef]) async throws -> [CMDBResolution] {
        let wanted = Set(refs)
        return resolutions.values.filter { resolution in
            if wanted.contains(resolution.record) { return true }
            if case .link(let anchor) = resolution.action { return wanted.contains(anchor) }
            return false
        }.sorted { $0.record < $1.record }
    }

    public func apply(_ update: CMDBComponentUpdate) async throws {
        let refs = Set(update.records)
        for ref in refs {
            if let id = links.removeValue(forKey: ref) { clusters[id] = nil }
        }
        conflictList.removeAll { !refs.isDisjoint(with: $0.records) }
        for cluster in update.clusters {
            clusters[cluster.id] = cluster
            for member in cluster.members { links[member] = cluster.id }
        }
        conflictList += update.conflicts
    }

    public func cluster(_ id: CIID) async throws -> CMDBCluster? { clusters[id] }

    public func clusterID(of ref: SourceRecordRef) async throws -> CIID? { links[ref] }

    public func clusters(matching query: CIQuery) async throws -> [CMDBCluster] {
        let text = query.text?.lowercased()
        let matching = clusters.values.filter { cluster in
            if let ciClass = query.ciClass, cluster.ciClass != ciClass { return false }
            let members = cluster.members.compactMap { records[$0] }
            if let supplier = query.supplier, !members.contains(where: { $0.item.supplier == supplier }) { return false }
            if let identifier = query.identifier, !members.contains(where: { $0.normalizedIdentifiers.contains(identifier) }) { return false }
            if let text, !text.isEmpty, !members.contains(where: { $0.item.name.lowercased().contains(text) }) { return false }
            return true
        }.sorted { $0.id < $1.id }
        return Array(matching.dropFirst(query.offset).prefix(query.limit))
    }

    public func conflicts() async throws -> [CMDBConflict] { conflictList.sorted { $0.sortKey < $1.sortKey } }

    public func impactNeighbours(of ids: [CIID]) async throws -> [CIID: [CIID]] {
        var result: [CIID: [CIID]] = [:]
        for id in Set(ids) {
            let members = Set(clusters[id]?.members ?? [])
            var reached = Set<CIID>()
            for relationship in relationships.values {
                if members.contains(relationship.toRef), [.dependsOn, .runsOn, .hostedOn].contains(relationship.type), let from = links[relationship.fromRef] {
                    reached.insert(from)
                }
                if members.contains(relationship.fromRef), relationship.type == .memberOf, let to = links[relationship.toRef] {
                    reached.insert(to)
                }
            }
            reached.remove(id)
            result[id] = reached.sorted()
        }
        return result
    }

    public func goldenEdges(of ids: [CIID]) async throws -> [GoldenEdge] {
        let wanted = Set(ids)
        return relationships.values.compactMap { relationship -> GoldenEdge? in
            guard let from = links[relationship.fromRef], let to = links[relationship.toRef], from != to,
                  wanted.contains(from) || wanted.contains(to) else { return nil }
            return GoldenEdge(from: from, to: to, relationship: relationship)
        }.sorted { Self.key($0.relationship) < Self.key($1.relationship) }
    }

    private static func key(_ relationship: SourceRelationship) -> String {
        [relationship.supplier.rawValue, relationship.from, relationship.to, relationship.type.rawValue].joined(separator: "\u{1F}")
    }
}
