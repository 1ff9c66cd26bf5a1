import AccordCore
import Foundation
import GRDB

/// A row of `configuration_item`; its identifiers live in `ci_identifier`.
struct ConfigurationItemRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "configuration_item"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var supplier: String
    var sourceKey: String
    var ciClass: String
    var name: String
    var attributes: String
    var observedAt: Double
    var channel: String

    enum Columns {
        static let id = Column("id")
        static let supplier = Column("supplier")
        static let sourceKey = Column("source_key")
    }

    init(_ item: ConfigurationItem) throws {
        id = item.id.rawValue
        supplier = item.supplier.rawValue
        sourceKey = item.sourceKey
        ciClass = item.ciClass
        name = item.name
        attributes = StoredJSON.encodeTextMap(item.attributes)
        observedAt = item.observedAt.storedValue
        channel = item.channel.rawValue
    }

    func domainValue(identifiers: [Identifier]) throws -> ConfigurationItem {
        ConfigurationItem(
            id: CIID(id),
            supplier: try decodeStored(supplier, column: "configuration_item.supplier", SupplierID.init),
            sourceKey: sourceKey,
            ciClass: ciClass,
            name: name,
            identifiers: identifiers,
            attributes: try StoredJSON.decode([String: String].self, from: attributes, column: "configuration_item.attributes"),
            observedAt: Date(stored: observedAt),
            channel: try decodeStored(channel, column: "configuration_item.channel", Channel.init(rawValue:))
        )
    }
}

/// A row of `ci_identifier`: one identifier of a configuration item, in its reported order.
struct CIIdentifierRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "ci_identifier"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var ciId: String
    var position: Int
    var kind: String
    var value: String

    enum Columns {
        static let ciId = Column("ci_id")
        static let position = Column("position")
        static let kind = Column("kind")
        static let value = Column("value")
    }

    var identifier: Identifier { Identifier(kind: IdentifierKind(kind), value: value) }
}
