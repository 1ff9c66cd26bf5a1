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

    /// A pending entry, due at once.
    init(_ delivery: InboxDelivery) {
        self.init(delivery, processedAt: nil)
    }

    /// With `processedAt`: an entry stored already processed (one attempt, at that time), for the
    /// transaction that applies it (a sync page), instead of inserting it pending and updating it.
    init(_ delivery: InboxDelivery, processedAt: Date?) {
        supplier = delivery.supplier.rawValue
        deliveryID = delivery.deliveryID
        body = delivery.body
        let received = delivery.receivedAt.storedValue
        let status = processedAt == nil ? InboxStatus.pending : .processed
        arguments = [
            supplier, delivery.channel.rawValue, deliveryID, received, delivery.contentType, StoredJSON.encodeTextMap(delivery.headers), body,
            status.rawValue, processedAt == nil ? 0 : 1, processedAt == nil ? received : nil, processedAt?.storedValue,
        ]
    }
}
