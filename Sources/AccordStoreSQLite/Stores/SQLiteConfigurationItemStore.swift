import AccordCore
import GRDB

/// ``ConfigurationItemStore`` in `configuration_item` and `ci_identifier`.
public struct SQLiteConfigurationItemStore: ConfigurationItemStore {
    let pool: DatabasePool

    @discardableResult
    public func save(_ item: ConfigurationItem) async throws -> ConfigurationItem {
        try await pool.write { db in
            var stored = item
            let existing = try ConfigurationItemRecord
                .filter(ConfigurationItemRecord.Columns.supplier == item.supplier.rawValue && ConfigurationItemRecord.Columns.sourceKey == item.sourceKey)
                .fetchOne(db)
            if let existing { stored.id = CIID(existing.id) }
            let record = try ConfigurationItemRecord(stored)
            if existing == nil {
                try translatingConstraints("configuration item \(stored.id) is already stored for another supplier or source key") {
                    try record.insert(db)
                }
            } else {
                try record.update(db)
            }
            try CIIdentifierRecord.filter(CIIdentifierRecord.Columns.ciId == record.id).deleteAll(db)
            for (position, identifier) in stored.identifiers.enumerated() {
                try CIIdentifierRecord(ciId: record.id, position: position, kind: identifier.kind.rawValue, value: identifier.value).insert(db)
            }
            return stored
        }
    }

    public func item(_ id: CIID) async throws -> ConfigurationItem? {
        try await pool.read { db in try Self.load(db, ConfigurationItemRecord.filter(key: id.rawValue)) }.first
    }

    public func item(supplier: SupplierID, sourceKey: String) async throws -> ConfigurationItem? {
        try await pool.read { db in
            try Self.load(db, ConfigurationItemRecord.filter(
                ConfigurationItemRecord.Columns.supplier == supplier.rawValue && ConfigurationItemRecord.Columns.sourceKey == sourceKey
            ))
        }.first
    }

    public func items(withIdentifier identifier: Identifier) async throws -> [ConfigurationItem] {
        try await pool.read { db in
            let ids = try String.fetchAll(db, CIIdentifierRecord
                .select(CIIdentifierRecord.Columns.ciId)
                .filter(CIIdentifierRecord.Columns.kind == identifier.kind.rawValue && CIIdentifierRecord.Columns.value == identifier.value)
                .distinct())
            return try Self.load(db, ConfigurationItemRecord.filter(keys: ids).order(ConfigurationItemRecord.Columns.id))
        }
    }

    public func items(of supplier: SupplierID) async throws -> [ConfigurationItem] {
        try await pool.read { db in
            try Self.load(db, ConfigurationItemRecord
                .filter(ConfigurationItemRecord.Columns.supplier == supplier.rawValue)
                .order(ConfigurationItemRecord.Columns.sourceKey))
        }
    }

    @discardableResult
    public func delete(supplier: SupplierID, sourceKey: String) async throws -> ConfigurationItem? {
        try await pool.write { db in
            let request = ConfigurationItemRecord.filter(
                ConfigurationItemRecord.Columns.supplier == supplier.rawValue && ConfigurationItemRecord.Columns.sourceKey == sourceKey
            )
            guard let found = try Self.load(db, request).first else { return nil }
            try request.deleteAll(db)  // identifiers go with it (ON DELETE CASCADE)
            return found
        }
    }

    /// Fetches records and their identifiers in two queries, preserving the request's order.
    private static func load(_ db: Database, _ request: QueryInterfaceRequest<ConfigurationItemRecord>) throws -> [ConfigurationItem] {
        let records = try request.fetchAll(db)
        guard !records.isEmpty else { return [] }
        let identifiers = try CIIdentifierRecord
            .filter(records.map(\.id).contains(CIIdentifierRecord.Columns.ciId))
            .order(CIIdentifierRecord.Columns.ciId, CIIdentifierRecord.Columns.position)
            .fetchAll(db)
        let byItem = Dictionary(grouping: identifiers, by: \.ciId)
        return try records.map { try $0.domainValue(identifiers: (byItem[$0.id] ?? []).map(\.identifier)) }
    }
}
