import AccordCore
import Foundation
import GRDB

/// A row of `ticket_event`.
struct TicketEventRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    static let databaseTableName = "ticket_event"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var ticketId: String
    var sourceTime: Double
    var receivedTime: Double
    var channel: String
    var supplier: String?
    var deliveryId: String?
    var changes: String

    enum Columns {
        static let id = Column("id")
        static let ticketId = Column("ticket_id")
        static let sourceTime = Column("source_time")
        static let receivedTime = Column("received_time")
    }

    init(_ event: TicketEvent) throws {
        id = event.id.rawValue
        ticketId = event.ticketID.rawValue
        sourceTime = event.sourceTime.storedValue
        receivedTime = event.receivedTime.storedValue
        channel = event.channel.rawValue
        supplier = event.supplier?.rawValue
        deliveryId = event.deliveryID
        changes = StoredJSON.encodeChanges(event.changes)
    }

    func domainValue() throws -> TicketEvent {
        TicketEvent(
            id: TicketEventID(id),
            ticketID: TicketID(ticketId),
            sourceTime: Date(stored: sourceTime),
            receivedTime: Date(stored: receivedTime),
            channel: try decodeStored(channel, column: "ticket_event.channel", Channel.init(rawValue:)),
            supplier: try supplier.map { try decodeStored($0, column: "ticket_event.supplier", SupplierID.init) },
            deliveryID: deliveryId,
            changes: try StoredJSON.decode([FieldChange].self, from: changes, column: "ticket_event.changes")
        )
    }
}
