import Foundation

/// A delivery not in the inbox yet, stored by the transaction that applies it, already processed
/// (a sync page: its raw bytes, what it changed and its checkpoint commit together).
public struct StoredProcessedDelivery: Sendable, Hashable {
    public var delivery: InboxDelivery
    public var processedAt: Date

    public init(delivery: InboxDelivery, processedAt: Date) {
        self.delivery = delivery
        self.processedAt = processedAt
    }
}

/// Thrown by an apply that was to store its delivery (``StoredProcessedDelivery``) when the inbox
/// holds that delivery id already; nothing was written. The caller takes the inbox's own path.
public struct DeliveryStoredAlready: Error, Sendable, Equatable, CustomStringConvertible {
    public let supplier: SupplierID
    public let deliveryID: String

    public init(supplier: SupplierID, deliveryID: String) {
        self.supplier = supplier
        self.deliveryID = deliveryID
    }

    public var description: String { "inbox entry \(supplier)/\(deliveryID) is stored already" }
}
