import AccordCore
import GRDB

/// A row of `supplier`.
struct SupplierRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "supplier"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var name: String
    var tier: String
    var calendarId: String
    var adapter: String?
    var agreements: String

    enum Columns {
        static let id = Column("id")
    }

    init(_ supplier: Supplier) throws {
        id = supplier.id.rawValue
        name = supplier.name
        tier = supplier.tier.rawValue
        calendarId = supplier.calendarID.rawValue
        adapter = supplier.adapter
        agreements = try StoredJSON.encode(supplier.agreements)
    }

    func domainValue() throws -> Supplier {
        Supplier(
            id: try decodeStored(id, column: "supplier.id", SupplierID.init),
            name: name,
            tier: try decodeStored(tier, column: "supplier.tier", Tier.init(rawValue:)),
            calendarID: CalendarID(calendarId),
            adapter: adapter,
            agreements: try StoredJSON.decode([Agreement].self, from: agreements, column: "supplier.agreements")
        )
    }
}
