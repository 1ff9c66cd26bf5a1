/// Keeps each supplier's configuration item records, one per supplier and source key.
public protocol ConfigurationItemStore: Sendable {
    /// Inserts a record, or replaces the one with the same supplier and source key (keeping its id).
    /// Returns the stored record.
    @discardableResult
    func save(_ item: ConfigurationItem) async throws -> ConfigurationItem
    func item(_ id: CIID) async throws -> ConfigurationItem?
    func item(supplier: SupplierID, sourceKey: String) async throws -> ConfigurationItem?
    /// Records of every supplier carrying `identifier` (exact kind and value), ordered by id.
    func items(withIdentifier identifier: Identifier) async throws -> [ConfigurationItem]
    /// One supplier's records, ordered by source key.
    func items(of supplier: SupplierID) async throws -> [ConfigurationItem]
    /// Deletes the supplier's record with this source key (the source deleted it); returns the
    /// deleted record, or `nil` when there was none.
    @discardableResult
    func delete(supplier: SupplierID, sourceKey: String) async throws -> ConfigurationItem?
}
