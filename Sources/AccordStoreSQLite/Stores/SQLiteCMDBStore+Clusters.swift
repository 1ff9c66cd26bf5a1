import AccordCore
import Foundation
import GRDB

extension SQLiteCMDBStore {
    public func apply(_ update: CMDBComponentUpdate) async throws {
        let clusterRows = update.clusters.map { ($0, StoredJSON.encodeRefs($0.members)) }
        let conflictRows = try update.conflicts.map { ($0, try StoredJSON.encode($0)) }
        try await pool.write { db in
            for part in Self.chunks(update.records.map(\.storageKey)) {
                let marks = Self.marks(part.count)
                let arguments = StatementArguments(part)
                try db.execute(sql: "DELETE FROM cmdb_cluster WHERE id IN (SELECT cluster_id FROM cmdb_link WHERE ref IN (\(marks)))", arguments: arguments)
                try db.execute(sql: "DELETE FROM cmdb_link WHERE ref IN (\(marks))", arguments: arguments)
                try db.execute(sql: "DELETE FROM cmdb_conflict WHERE id IN (SELECT conflict_id FROM cmdb_conflict_record WHERE ref IN (\(marks)))", arguments: arguments)
            }
            for (cluster, members) in clusterRows {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO cmdb_cluster (id, ci_class, founder_ref, members) VALUES (?, ?, ?, ?)").execute(arguments: [cluster.id.rawValue, cluster.ciClass, cluster.founder.storageKey, members])
                for member in cluster.members {
                    try db.cachedStatement(sql: "INSERT OR REPLACE INTO cmdb_link (ref, cluster_id) VALUES (?, ?)").execute(arguments: [member.storageKey, cluster.id.rawValue])
                }
            }
            for (conflict, body) in conflictRows {
                try db.cachedStatement(sql: "INSERT INTO cmdb_conflict (sort_key, body) VALUES (?, ?)").execute(arguments: [conflict.sortKey, body])
                let id = db.lastInsertedRowID
                for ref in Set(conflict.records) {
                    try db.cachedStatement(sql: "INSERT INTO cmdb_conflict_record (conflict_id, ref) VALUES (?, ?)").execute(arguments: [id, ref.storageKey])
                }
            }
        }
    }

    public func cluster(_ id: CIID) async throws -> CMDBCluster? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM cmdb_cluster WHERE id = ?", arguments: [id.rawValue]).map(Self.cluster)
        }
    }

    public func clusterID(of ref: SourceRecordRef) async throws -> CIID? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT cluster_id FROM cmdb_link WHERE ref = ?", arguments: [ref.storageKey]).map(CIID.init(rawValue:))
        }
    }

    public func clusters(matching query: CIQuery) async throws -> [CMDBCluster] {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        if let ciClass = query.ciClass {
            conditions.append("c.ci_class = ?")
            arguments.append(ciClass.databaseValue)
        }
        if let identifier = query.identifier {
            conditions.append("c.id IN (SELECT l.cluster_id FROM cmdb_identifier i JOIN cmdb_link l ON l.ref = i.ref WHERE i.kind = ? AND i.value = ?)")
            arguments += [identifier.kind.rawValue.databaseValue, identifier.value.databaseValue]
        }
        if let supplier = query.supplier {
            conditions.append("EXISTS (SELECT 1 FROM cmdb_link l JOIN cmdb_record r ON r.ref = l.ref WHERE l.cluster_id = c.id AND r.supplier = ?)")
            arguments.append(supplier.rawValue.databaseValue)
        }
        if let text = query.text?.lowercased(), !text.isEmpty {
            conditions.append("EXISTS (SELECT 1 FROM cmdb_link l JOIN cmdb_record r ON r.ref = l.ref WHERE l.cluster_id = c.id AND instr(r.name_lower, ?) > 0)")
            arguments.append(text.databaseValue)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT c.* FROM cmdb_cluster c \(filter) ORDER BY c.id LIMIT ? OFFSET ?"
        arguments += [query.limit.databaseValue, query.offset.databaseValue]
        return try await pool.read { [arguments] db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.cluster)
        }
    }

    public func conflicts() async throws -> [CMDBConflict] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM cmdb_conflict ORDER BY sort_key, id").map {
                try StoredJSON.decode(CMDBConflict.self, from: $0, column: "cmdb_conflict.body")
            }
        }
    }

    static func cluster(_ row: Row) throws -> CMDBCluster {
        let founderText: String = row["founder_ref"]
        guard let founder = SourceRecordRef(storageKey: founderText) else { throw StoreError.corrupt("column cmdb_cluster.founder_ref holds '\(founderText)'") }
        return CMDBCluster(
            id: CIID(rawValue: row["id"]), ciClass: row["ci_class"], founder: founder,
            members: try StoredJSON.decode([SourceRecordRef].self, from: row["members"], column: "cmdb_cluster.members")
        )
    }
}
