import AccordCore
import Foundation
import GRDB

/// A row of `ticket_listener`.
struct TicketListenerRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "ticket_listener"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var callback: String
    var query: String?
    var owner: String
    var secret: String
    var createdAt: Double

    enum Columns {
        static let id = Column("id")
        static let createdAt = Column("created_at")
    }

    init(_ listener: TicketListener) {
        id = listener.id
        callback = listener.callback
        query = listener.query
        owner = listener.owner.description
        secret = listener.secret
        createdAt = listener.createdAt.storedValue
    }

    func domainValue() throws -> TicketListener {
        TicketListener(
            id: id, callback: callback, query: query, owner: try decodeStored(owner, column: "ticket_listener.owner", Principal.init(text:)),
            secret: secret, createdAt: Date(stored: createdAt)
        )
    }
}
