import AccordCore

/// ``SupplierStore`` in memory, for tests.
public actor MemorySupplierStore: SupplierStore {
    private var suppliers: [SupplierID: Supplier] = [:]

    public init() {}

    public func save(_ suppliers: [Supplier]) async throws {
        for supplier in suppliers { self.suppliers[supplier.id] = supplier }
    }

    public func supplier(_ id: SupplierID) async throws -> Supplier? { suppliers[id] }

    public func allSuppliers() async throws -> [Supplier] { suppliers.values.sorted { $0.id < $1.id } }
}
