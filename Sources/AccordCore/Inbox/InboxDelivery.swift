import Foundation

/// A payload as a supplier delivered it, before any parsing: what the inbox keeps forever.
public struct InboxDelivery: Sendable, Hashable {
    public var supplier: SupplierID
    public var channel: Channel
    /// The sender's delivery id (`webhook-id`), a sync page id or a file's content hash.
    public var deliveryID: String
    public var receivedAt: Date
    public var contentType: String
    /// Request headers worth keeping as evidence; signatures and credentials are never stored.
    public var headers: [String: String]
    public var body: Data

    public init(
        supplier: SupplierID, channel: Channel, deliveryID: String, receivedAt: Date, contentType: String,
        headers: [String: String] = [:], body: Data
    ) {
        self.supplier = supplier
        self.channel = channel
        self.deliveryID = deliveryID
        self.receivedAt = receivedAt
        self.contentType = contentType
        self.headers = headers
        self.body = body
    }
}
