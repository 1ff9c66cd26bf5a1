import AccordCore
import Foundation
import GRDB

/// ``CMDBStore`` in the `cmdb_*` tables (migration `v4-cmdb`).
public struct SQLiteCMDBStore: CMDBStore {
    let pool: DatabasePool

    /// `IN (…)` lists are split into chunks of this many values to stay under SQLite's variable limit.
    static let chunk = 500

    // MARK: - Source records

    public func saveRecords(_ records: [CMDBSourceRecord]) async throws -> [CMDBSourceRecord] {
        let bodies = try records.map(StoredJSON.encodeSourceRecord)
        return try await pool.write { db in
            let replaced = try Self.loadRecords(db, refs: records.map(\.ref.storageKey))
            for (record, body) in zip(records, bodies) {
                let ref = record.ref.storageKey
                try db.cachedStatement(sql: "DELETE FROM cmdb_key WHERE ref = ?").execute(arguments: [ref])
                try db.cachedStatement(sql: "DELETE FROM cmdb_identifier WHERE ref = ?").execute(arguments: [ref])
                try db.cachedStatement(
                    sql: "INSERT OR REPLACE INTO cmdb_record (ref, supplier, ci_class, name_lower, first_seen, body) VALUES (?, ?, ?, ?, ?, ?)"
                ).execute(
                    arguments: [ref, record.item.supplier.rawValue, record.item.ciClass, record.item.name.lowercased(), record.firstSeen.storedValue, body]
                )
                for key in Set(record.matchKeys) {
                    try db.cachedStatement(sql: "INSERT INTO cmdb_key (key, ref) VALUES (?, ?)").execute(arguments: [key, ref])
                }
                for identifier in Set(record.normalizedIdentifiers) {
                    try db.cachedStatement(sql: "INSERT INTO cmdb_identifier (kind, value, ref) VALUES (?, ?, ?)").execute(arguments: [identifier.kind.rawValue, identifier.value, ref])
                }
            }
            return replaced
        }
    }

    public func deleteRecords(_ refs: [SourceRecordRef]) async throws -> [CMDBSourceRecord] {
        guard !refs.isEmpty else { return [] }
        return try await pool.write { db in
            let keys = Array(Set(refs.map(\.storageKey)))
            let deleted = try Self.loadRecords(db, refs: keys)
            for part in Self.chunks(keys) {
                let marks = Self.marks(part.count)
                let arguments = StatementArguments(part)
                try db.execute(sql: "DELETE FROM cmdb_cluster WHERE id IN (SELECT cluster_id FROM cmdb_link WHERE ref IN (\(marks)))", arguments: arguments)
                try db.execute(sql: "DELETE FROM cmdb_conflict WHERE id IN (SELECT conflict_id FROM cmdb_conflict_record WHERE ref IN (\(marks)))", arguments: arguments)
                for table in ["cmdb_link", "cmdb_key", "cmdb_identifier", "cmdb_resolution", "cmdb_record"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE ref IN (\(marks))", arguments: arguments)
                }
                try db.execute(sql: "DELETE FROM cmdb_relationship WHERE from_ref IN (\(marks)) OR to_ref IN (\(marks))", arguments: arguments + arguments)
            }
            return deleted
        }
    }

    public func records(_ refs: [SourceRecordRef]) async throws -> [CMDBSourceRecord] {
        guard !refs.isEmpty else { return [] }
        return try await pool.read { db in try Self.loadRecords(db, refs: refs.map(\.storageKey)) }
    }

    public func records(sharingKeys keys: [String], excluding known: Set<SourceRecordRef>) async throws -> [CMDBSourceRecord] {
        guard !keys.isEmpty else { return [] }
        let knownKeys = Set(known.map(\.storageKey))
        return try await pool.read { db in
            var refs = Set<String>()
            for part in Self.chunks(Array(Set(keys))) {
                refs.formUnion(try String.fetchAll(db, sql: "SELECT ref FROM cmdb_key WHERE key IN (\(Self.marks(part.count)))", arguments: StatementArguments(part)))
            }
            return try Self.loadRecords(db, refs: Array(refs.subtracting(knownKeys)))
        }
    }

    static func loadRecords(_ db: Database, refs: [String]) throws -> [CMDBSourceRecord] {
        var result: [CMDBSourceRecord] = []
        for part in chunks(Array(Set(refs))) {
            for body in try String.fetchAll(db, sql: "SELECT body FROM cmdb_record WHERE ref IN (\(marks(part.count)))", arguments: StatementArguments(part)) {
                result.append(try StoredJSON.decode(CMDBSourceRecord.self, from: body, column: "cmdb_record.body"))
            }
        }
        return result
    }

    // MARK: - Relationships and resolutions

    public func saveRelationships(_ relationships: [SourceRelationship]) async throws {
        try await pool.write { db in
            for relationship in relationships {
                try db.cachedStatement(
                    sql: "INSERT OR REPLACE INTO cmdb_relationship (from_ref, to_ref, type, supplier, observed_at, channel) VALUES (?, ?, ?, ?, ?, ?)"
                ).execute(
                    arguments: [relationship.fromRef.storageKey, relationship.toRef.storageKey, relationship.type.rawValue,
                                relationship.supplier.rawValue, relationship.observedAt.storedValue, relationship.channel.rawValue]
                )
            }
        }
    }

    public func relationships(touching refs: [SourceRecordRef]) async throws -> [SourceRelationship] {
        guard !refs.isEmpty else { return [] }
        return try await pool.read { db in
            var rows = Set<SourceRelationship>()
            for part in Self.chunks(refs.map(\.storageKey)) {
                let marks = Self.marks(part.count)
                let sql = "SELECT * FROM cmdb_relationship WHERE from_ref IN (\(marks)) OR to_ref IN (\(marks))"
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part + part)) { rows.insert(try Self.relationship(row)) }
            }
            return rows.sorted { ($0.supplier, $0.from, $0.to, $0.type.rawValue) < ($1.supplier, $1.from, $1.to, $1.type.rawValue) }
        }
    }

    static func relationship(_ row: Row) throws -> SourceRelationship {
        let fromText: String = row["from_ref"]
        let toText: String = row["to_ref"]
        guard let from = SourceRecordRef(storageKey: fromText), let to = SourceRecordRef(storageKey: toText) else {
            throw StoreError.corrupt("column cmdb_relationship.from_ref holds '\(fromText)'")
        }
        return SourceRelationship(
            supplier: from.supplier, from: from.sourceKey, to: to.sourceKey,
            type: try decodeStored(row["type"], column: "cmdb_relationship.type", RelationshipType.init(rawValue:)),
            observedAt: Date(stored: row["observed_at"]),
            channel: try decodeStored(row["channel"], column: "cmdb_relationship.channel", Channel.init(rawValue:))
        )
    }

    public func saveResolution(_ resolution: CMDBResolution) async throws {
        try await pool.write { db in
            let anchor: String? = if case .link(let anchor) = resolution.action { anchor.storageKey } else { nil }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO cmdb_resolution (ref, action, anchor_ref) VALUES (?, ?, ?)").execute(arguments: [resolution.record.storageKey, anchor == nil ? "split" : "link", anchor])
        }
    }

    public func resolutions(involving refs: [SourceRecordRef]) async throws -> [CMDBResolution] {
        guard !refs.isEmpty else { return [] }
        return try await pool.read { db in
            var result = Set<CMDBResolution>()
            for part in Self.chunks(refs.map(\.storageKey)) {
                let marks = Self.marks(part.count)
                let sql = "SELECT ref, action, anchor_ref FROM cmdb_resolution WHERE ref IN (\(marks)) OR anchor_ref IN (\(marks))"
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part + part)) {
                    let refText: String = row["ref"]
                    guard let ref = SourceRecordRef(storageKey: refText) else { throw StoreError.corrupt("column cmdb_resolution.ref holds '\(refText)'") }
                    let anchorText: String? = row["anchor_ref"]
                    if let anchorText, let anchor = SourceRecordRef(storageKey: anchorText) {
                        result.insert(CMDBResolution(record: ref, action: .link(anchor: anchor)))
                    } else {
                        result.insert(CMDBResolution(record: ref, action: .split))
                    }
                }
            }
            return result.sorted { $0.record < $1.record }
        }
    }

    // MARK: - Helpers

    static func chunks<T>(_ values: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: chunk).map { values[$0 ..< min($0 + chunk, values.count)] }
    }

    static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
}
