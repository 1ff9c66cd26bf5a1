import AccordCore
import Foundation
import GRDB

/// ``ConfigurationItemDeliveryStore`` in one write transaction: the delivery's stored records and
/// their identifiers are read with one query each (per chunk of source keys), unchanged records
/// are not written, and the changed ones (and the inbox entry marked processed) go through cached
/// prepared statements and commit once.
public struct SQLiteConfigurationItemDeliveryStore: ConfigurationItemDeliveryStore {
    let pool: DatabasePool

    /// Keeps each `IN (…)` list modest.
    static let chunk = 500

    public func apply(_ items: [ConfigurationItem], processed: ProcessedInboxEntry?) async throws -> ConfigurationItemDeliveryResult {
        guard !items.isEmpty || processed != nil else { return ConfigurationItemDeliveryResult() }
        return try await pool.write { db in
            let plan = ConfigurationItemDeliveryPlan(items: items, stored: try Self.read(Set(items.map(\.ref)), db))
            try Self.write(plan, db)
            if let processed { try SQLiteInboxStore.markProcessed(processed.id, at: processed.at, in: db) }
            return plan.result(markedProcessed: processed != nil)
        }
    }

    // MARK: - Reading

    static func read(_ refs: Set<SourceRecordRef>, _ db: Database) throws -> [SourceRecordRef: ConfigurationItem] {
        var rows: [(id: String, item: ConfigurationItemRecord)] = []
        for (supplier, keys) in Dictionary(grouping: refs, by: \.supplier) {
            let sourceKeys = keys.map(\.sourceKey).sorted()
            for start in stride(from: 0, to: sourceKeys.count, by: chunk) {
                let part = sourceKeys[start ..< min(start + chunk, sourceKeys.count)]
                let records = try ConfigurationItemRecord.fetchAll(db, sql: """
                    SELECT * FROM configuration_item WHERE supplier = ? AND source_key IN (\(placeholders(part.count)))
                    """, arguments: StatementArguments([supplier.rawValue] + Array(part)))
                rows += records.map { ($0.id, $0) }
            }
        }
        guard !rows.isEmpty else { return [:] }
        var identifiers: [String: [Identifier]] = [:]
        let ids = rows.map(\.id).sorted()
        for start in stride(from: 0, to: ids.count, by: chunk) {
            let part = Array(ids[start ..< min(start + chunk, ids.count)])
            let found = try Row.fetchCursor(db, sql: """
                SELECT ci_id, kind, value FROM ci_identifier WHERE ci_id IN (\(placeholders(part.count))) ORDER BY ci_id, position
                """, arguments: StatementArguments(part))
            while let row = try found.next() {
                identifiers[row[0], default: []].append(Identifier(kind: IdentifierKind(row[1] as String), value: row[2]))
            }
        }
        var stored: [SourceRecordRef: ConfigurationItem] = [:]
        for (id, record) in rows {
            let item = try record.domainValue(identifiers: identifiers[id] ?? [])
            stored[item.ref] = item
        }
        return stored
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    // MARK: - Writing

    static func write(_ plan: ConfigurationItemDeliveryPlan, _ db: Database) throws {
        guard !plan.writes.isEmpty else { return }
        let insertItem = try db.cachedStatement(sql: """
            INSERT INTO configuration_item (id, supplier, source_key, ci_class, name, attributes, observed_at, channel)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let updateItem = try db.cachedStatement(sql: """
            UPDATE configuration_item SET ci_class = ?, name = ?, attributes = ?, observed_at = ?, channel = ? WHERE id = ?
            """)
        let deleteIdentifiers = try db.cachedStatement(sql: "DELETE FROM ci_identifier WHERE ci_id = ?")
        let insertIdentifier = try db.cachedStatement(sql: "INSERT INTO ci_identifier (ci_id, position, kind, value) VALUES (?, ?, ?, ?)")
        for item in plan.writes {
            let id = item.id.rawValue
            let attributes = StoredJSON.encodeTextMap(item.attributes)
            if plan.replaced.contains(item.ref) {
                try updateItem.execute(arguments: [item.ciClass, item.name, attributes, item.observedAt.storedValue, item.channel.rawValue, id])
                try deleteIdentifiers.execute(arguments: [id])
            } else {
                try translatingConstraints("configuration item \(item.id) is already stored for another supplier or source key") {
                    try insertItem.execute(arguments: [
                        id, item.supplier.rawValue, item.sourceKey, item.ciClass, item.name, attributes, item.observedAt.storedValue, item.channel.rawValue,
                    ])
                }
            }
            for (position, identifier) in item.identifiers.enumerated() {
                try insertIdentifier.execute(arguments: [id, position, identifier.kind.rawValue, identifier.value])
            }
        }
    }
}
