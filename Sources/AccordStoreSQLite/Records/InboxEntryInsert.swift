import AccordCore
import Foundation
import GRDB

/// A new `inbox_entry` row as statement arguments, encoded before it reaches the group commit.
struct InboxEntryInsert: Sendable {
    let supplier: String
    let deliveryID: String
    let body: Data
    /// In the order of the columns of ``SQLiteInboxStore``'s insert.
    let arguments: StatementArguments

    init(_ delivery: InboxDelivery) {
        supplier = delivery.supplier.rawValue
        deliveryID = delivery.deliveryID
        body = delivery.body
        let received = delivery.receivedAt.storedValue
        arguments = [
            supplier, delivery.channel.rawValue, deliveryID, received, delivery.contentType,
            StoredJSON.encodeTextMap(delivery.headers), body, InboxStatus.pending.rawValue, received,
        ]
    }
}
