/// Keeps the registry of suppliers, synchronised from `Config/suppliers/` at start.
public protocol SupplierStore: Sendable {
    /// Inserts or replaces suppliers by id.
    func save(_ suppliers: [Supplier]) async throws
    func supplier(_ id: SupplierID) async throws -> Supplier?
    /// All suppliers, ordered by id.
    func allSuppliers() async throws -> [Supplier]
}
