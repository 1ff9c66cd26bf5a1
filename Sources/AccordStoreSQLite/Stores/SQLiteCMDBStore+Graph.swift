import AccordCore
import Foundation
import GRDB

extension SQLiteCMDBStore {
    /// One level of impact: dependants (dependsOn, runsOn, hostedOn pointing at a CI's records)
    /// and groups (memberOf from its records), resolved to golden CIs through `cmdb_link`.
    public func impactNeighbours(of ids: [CIID]) async throws -> [CIID: [CIID]] {
        guard !ids.isEmpty else { return [:] }
        return try await pool.read { db in
            var result: [CIID: Set<CIID>] = [:]
            for part in Self.chunks(Array(Set(ids.map(\.rawValue)))) {
                let marks = Self.marks(part.count)
                let sql = """
                    SELECT lt.cluster_id, lf.cluster_id FROM cmdb_link lt
                    JOIN cmdb_relationship r ON r.to_ref = lt.ref AND r.type IN ('dependsOn', 'runsOn', 'hostedOn')
                    JOIN cmdb_link lf ON lf.ref = r.from_ref
                    WHERE lt.cluster_id IN (\(marks))
                    UNION
                    SELECT lf.cluster_id, lt.cluster_id FROM cmdb_link lf
                    JOIN cmdb_relationship r ON r.from_ref = lf.ref AND r.type = 'memberOf'
                    JOIN cmdb_link lt ON lt.ref = r.to_ref
                    WHERE lf.cluster_id IN (\(marks))
                    """
                let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(part + part))
                while let row = try rows.next() {
                    let origin = CIID(rawValue: row[0])
                    let reached = CIID(rawValue: row[1])
                    if origin != reached { result[origin, default: []].insert(reached) }
                }
            }
            return result.mapValues { $0.sorted() }
        }
    }

    public func goldenEdges(of ids: [CIID]) async throws -> [GoldenEdge] {
        guard !ids.isEmpty else { return [] }
        return try await pool.read { db in
            var edges = Set<GoldenEdge>()
            for part in Self.chunks(Array(Set(ids.map(\.rawValue)))) {
                let marks = Self.marks(part.count)
                let sql = """
                    SELECT lf.cluster_id AS from_cluster, lt.cluster_id AS to_cluster, r.* FROM cmdb_relationship r
                    JOIN cmdb_link lf ON lf.ref = r.from_ref JOIN cmdb_link lt ON lt.ref = r.to_ref
                    WHERE r.from_ref IN (SELECT ref FROM cmdb_link WHERE cluster_id IN (\(marks)))
                       OR r.to_ref IN (SELECT ref FROM cmdb_link WHERE cluster_id IN (\(marks)))
                    """
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part + part)) {
                    let from = CIID(rawValue: row["from_cluster"])
                    let to = CIID(rawValue: row["to_cluster"])
                    guard from != to else { continue }
                    edges.insert(GoldenEdge(from: from, to: to, relationship: try Self.relationship(row)))
                }
            }
            return edges.sorted { ($0.from, $0.to, $0.relationship.type.rawValue) < ($1.from, $1.to, $1.relationship.type.rawValue) }
        }
    }

    /// The plain recursive SQL reference for the impact query (benchmarks compare against it):
    /// every CI reachable within `maxDepth` levels in one `WITH RECURSIVE` statement.
    public func impactByRecursiveSQL(of id: CIID, maxDepth: Int) async throws -> Set<CIID> {
        try await pool.read { db in
            let sql = """
                WITH RECURSIVE reach(cluster_id, depth) AS (
                    SELECT ?, 0
                    UNION
                    SELECT lf.cluster_id, reach.depth + 1 FROM reach
                    JOIN cmdb_link lt ON lt.cluster_id = reach.cluster_id
                    JOIN cmdb_relationship r ON r.to_ref = lt.ref AND r.type IN ('dependsOn', 'runsOn', 'hostedOn')
                    JOIN cmdb_link lf ON lf.ref = r.from_ref
                    WHERE reach.depth < ?
                    UNION
                    SELECT lt.cluster_id, reach.depth + 1 FROM reach
                    JOIN cmdb_link lf ON lf.cluster_id = reach.cluster_id
                    JOIN cmdb_relationship r ON r.from_ref = lf.ref AND r.type = 'memberOf'
                    JOIN cmdb_link lt ON lt.ref = r.to_ref
                    WHERE reach.depth < ?
                )
                SELECT DISTINCT cluster_id FROM reach WHERE cluster_id <> ?
                """
            return Set(try String.fetchAll(db, sql: sql, arguments: [id.rawValue, maxDepth, maxDepth, id.rawValue]).map(CIID.init(rawValue:)))
        }
    }
}
