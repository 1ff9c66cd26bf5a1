import AccordCore
import Foundation
import GRDB

/// A row of `inbox_entry`.
struct InboxEntryRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "inbox_entry"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var supplier: String
    var channel: String
    var deliveryId: String
    var receivedAt: Double
    var contentType: String
    var headers: String
    var body: Data
    var status: String
    var attempts: Int
    var nextAttemptAt: Double?
    var processedAt: Double?
    var lastError: String?

    enum Columns {
        static let id = Column("id")
        static let supplier = Column("supplier")
        static let deliveryId = Column("delivery_id")
        static let status = Column("status")
        static let nextAttemptAt = Column("next_attempt_at")
    }

    func domainValue() throws -> InboxEntry {
        let delivery = InboxDelivery(
            supplier: try decodeStored(supplier, column: "inbox_entry.supplier", SupplierID.init),
            channel: try decodeStored(channel, column: "inbox_entry.channel", Channel.init(rawValue:)),
            deliveryID: deliveryId, receivedAt: Date(stored: receivedAt), contentType: contentType,
            headers: try StoredJSON.decode([String: String].self, from: headers, column: "inbox_entry.headers"), body: body
        )
        return InboxEntry(
            id: id ?? 0, delivery: delivery,
            status: try decodeStored(status, column: "inbox_entry.status", InboxStatus.init(rawValue:)),
            attempts: attempts, nextAttemptAt: nextAttemptAt.map(Date.init(stored:)),
            processedAt: processedAt.map(Date.init(stored:)), lastError: lastError
        )
    }
}
