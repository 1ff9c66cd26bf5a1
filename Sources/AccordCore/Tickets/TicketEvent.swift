import Foundation

/// Something that happened to a ticket, as reported through one channel.
///
/// Ticket state is a projection of these events ordered by ``sourceTime``; a late event is placed
/// at its source time, not at the time it was received.
public struct TicketEvent: Sendable, Hashable, Codable, Identifiable {
    public var id: TicketEventID
    public var ticketID: TicketID
    /// When the change happened at its source.
    public var sourceTime: Date
    /// When the hub received it.
    public var receivedTime: Date
    public var channel: Channel
    /// The supplier whose data this is, `nil` for changes made by the integrator.
    public var supplier: SupplierID?
    /// The delivery it arrived in (a `webhook-id`, a sync run page), for idempotency and evidence.
    public var deliveryID: String?
    public var changes: [FieldChange]

    public init(
        id: TicketEventID, ticketID: TicketID, sourceTime: Date, receivedTime: Date, channel: Channel,
        supplier: SupplierID? = nil, deliveryID: String? = nil, changes: [FieldChange]
    ) {
        self.id = id
        self.ticketID = ticketID
        self.sourceTime = sourceTime
        self.receivedTime = receivedTime
        self.channel = channel
        self.supplier = supplier
        self.deliveryID = deliveryID
        self.changes = changes
    }
}
