import AccordCore
import GRDB

/// ``SupplierStore`` in the `supplier` table.
public struct SQLiteSupplierStore: SupplierStore {
    let pool: DatabasePool

    public func save(_ suppliers: [Supplier]) async throws {
        let records = try suppliers.map(SupplierRecord.init)
        try await pool.write { db in
            for record in records { try record.save(db) }
        }
    }

    public func supplier(_ id: SupplierID) async throws -> Supplier? {
        try await pool.read { db in try SupplierRecord.fetchOne(db, key: id.rawValue) }?.domainValue()
    }

    public func allSuppliers() async throws -> [Supplier] {
        try await pool.read { db in try SupplierRecord.order(SupplierRecord.Columns.id).fetchAll(db) }
            .map { try $0.domainValue() }
    }
}
