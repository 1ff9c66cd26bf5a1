import AccordCore
import Foundation

extension FederatedCMDB {
    /// A golden CI built at `now`, with its source records; `nil` when no such CI.
    public func golden(_ id: CIID, now: Date) async throws -> (record: GoldenRecord, sources: [CMDBSourceRecord])? {
        guard let cluster = try await store.cluster(id) else { return nil }
        let members = try await store.records(cluster.members)
        let record = GoldenRecordBuilder.build(cluster, members: members, rules: rules, tiers: tiers, now: now)
        let order = Dictionary(record.sources.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return (record, members.sorted { (order[$0.ref] ?? .max) < (order[$1.ref] ?? .max) })
    }

    /// Golden CIs passing `query` (identifier values are normalised first), built at `now`.
    public func search(_ query: CIQuery, now: Date) async throws -> [GoldenRecord] {
        var query = query
        if let identifier = query.identifier {
            let value = IdentifierNormalizer.normalize(identifier.value, kind: identifier.kind) ?? identifier.value
            query.identifier = Identifier(kind: identifier.kind, value: value)
        }
        var result: [GoldenRecord] = []
        for cluster in try await store.clusters(matching: query) {
            let members = try await store.records(cluster.members)
            result.append(GoldenRecordBuilder.build(cluster, members: members, rules: rules, tiers: tiers, now: now))
        }
        return result
    }

    /// Relationships between golden CIs within `depth` steps of `id` (either direction), each
    /// with the supplier, time and channel that reported it; sorted.
    public func relationships(of id: CIID, depth: Int) async throws -> [GoldenEdge] {
        var edges = Set<GoldenEdge>()
        var visited: Set<CIID> = [id]
        var frontier = [id]
        var level = 0
        while !frontier.isEmpty, level < depth {
            level += 1
            var next: [CIID] = []
            for edge in try await store.goldenEdges(of: frontier) {
                edges.insert(edge)
                for end in [edge.from, edge.to] where visited.insert(end).inserted { next.append(end) }
            }
            frontier = next
        }
        return edges.sorted { ($0.from, $0.to, $0.relationship.type.rawValue, $0.relationship.supplier) < ($1.from, $1.to, $1.relationship.type.rawValue, $1.relationship.supplier) }
    }

    /// What a failure of `id` affects: CIs reached through the graph (things that depend on, run
    /// on or are hosted on it, and groups it is a member of), and the catalogue services whose
    /// CIs are among them or are `id` itself.
    public func impact(of id: CIID, maxDepth: Int) async throws -> ImpactReport {
        let reached = try await ImpactTraversal.reach(from: id, maxDepth: maxDepth) { try await store.impactNeighbours(of: $0) }
        var affected = Set(reached.keys)
        affected.insert(id)
        var services: [ServiceID] = []
        for (service, _) in rules.serviceCIs.sorted(by: { $0.key < $1.key }) {
            if try await !Set(serviceCIs(service)).isDisjoint(with: affected) { services.append(service) }
        }
        let cis = reached.map { ImpactedCI(id: $0.key, depth: $0.value) }.sorted { ($0.depth, $0.id) < ($1.depth, $1.id) }
        return ImpactReport(ci: id, maxDepth: maxDepth, cis: cis, services: services)
    }

    /// The golden CIs a service is linked to in `cmdb.yaml`, sorted; identifiers that match no CI are skipped.
    public func serviceCIs(_ service: ServiceID) async throws -> [CIID] {
        var ids = Set<CIID>()
        for identifier in rules.serviceCIs[service] ?? [] {
            let value = IdentifierNormalizer.normalize(identifier.value, kind: identifier.kind) ?? identifier.value
            let clusters = try await store.clusters(matching: CIQuery(identifier: Identifier(kind: identifier.kind, value: value), limit: 1000))
            ids.formUnion(clusters.map(\.id))
        }
        return ids.sorted()
    }

    /// Every open conflict.
    public func conflicts() async throws -> [CMDBConflict] { try await store.conflicts() }
}

/// The answer of ``FederatedCMDB/impact(of:maxDepth:)``.
public struct ImpactReport: Sendable, Hashable, Codable {
    public var ci: CIID
    public var maxDepth: Int
    /// Affected CIs by distance, then id.
    public var cis: [ImpactedCI]
    /// Affected catalogue services, by id.
    public var services: [ServiceID]
}

/// A CI reached by an impact traversal and how many steps away.
public struct ImpactedCI: Sendable, Hashable, Codable {
    public var id: CIID
    public var depth: Int
}
