import AccordCore
import Foundation
import GRDB

/// A row of `api_token`.
struct ApiTokenRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "api_token"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var principal: String
    var name: String
    var digest: String
    var createdAt: Double
    var revokedAt: Double?

    enum Columns {
        static let id = Column("id")
        static let digest = Column("digest")
        static let createdAt = Column("created_at")
        static let revokedAt = Column("revoked_at")
    }

    init(_ token: ApiToken) {
        id = token.id.rawValue
        principal = token.principal.description
        name = token.name
        digest = token.digest
        createdAt = token.createdAt.storedValue
        revokedAt = token.revokedAt?.storedValue
    }

    func domainValue() throws -> ApiToken {
        ApiToken(
            id: ApiTokenID(id), principal: try decodeStored(principal, column: "api_token.principal", Principal.init(text:)),
            name: name, digest: digest, createdAt: Date(stored: createdAt), revokedAt: revokedAt.map(Date.init(stored:))
        )
    }
}
