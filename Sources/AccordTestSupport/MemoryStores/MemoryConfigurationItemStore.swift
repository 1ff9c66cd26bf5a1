import AccordCore

/// ``ConfigurationItemStore`` in memory, for tests.
public actor MemoryConfigurationItemStore: ConfigurationItemStore {
    private var items: [CIID: ConfigurationItem] = [:]

    public init() {}

    @discardableResult
    public func save(_ item: ConfigurationItem) async throws -> ConfigurationItem {
        var stored = item
        if let existing = items.values.first(where: { $0.supplier == item.supplier && $0.sourceKey == item.sourceKey }) {
            stored.id = existing.id
        } else if items[item.id] != nil {
            throw StoreError.conflict("configuration item \(item.id) is already stored for another supplier or source key")
        }
        items[stored.id] = stored
        return stored
    }

    public func item(_ id: CIID) async throws -> ConfigurationItem? { items[id] }

    public func item(supplier: SupplierID, sourceKey: String) async throws -> ConfigurationItem? {
        items.values.first { $0.supplier == supplier && $0.sourceKey == sourceKey }
    }

    public func items(withIdentifier identifier: Identifier) async throws -> [ConfigurationItem] {
        items.values.filter { $0.identifiers.contains(identifier) }.sorted { $0.id < $1.id }
    }

    public func items(of supplier: SupplierID) async throws -> [ConfigurationItem] {
        items.values.filter { $0.supplier == supplier }.sorted { $0.sourceKey < $1.sourceKey }
    }

    @discardableResult
    public func delete(supplier: SupplierID, sourceKey: String) async throws -> ConfigurationItem? {
        guard let found = items.values.first(where: { $0.supplier == supplier && $0.sourceKey == sourceKey }) else { return nil }
        items[found.id] = nil
        return found
    }
}
