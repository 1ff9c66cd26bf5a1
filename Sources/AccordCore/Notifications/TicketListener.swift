import Foundation

/// A TMF621 hub registration: a callback that receives ticket events, signed with its own secret.
public struct TicketListener: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// Where events are POSTed (an absolute `http`/`https` URL).
    public var callback: String
    /// The TMF query the listener registered with (`eventType=TroubleTicketStatusChangeEvent`), or `nil` for all events.
    public var query: String?
    /// Who registered it; a supplier's listener receives only events of tickets it may see.
    public var owner: Principal
    /// The Standard Webhooks signing secret (`whsec_…`) returned once at registration.
    public var secret: String
    public var createdAt: Date

    public init(id: String, callback: String, query: String?, owner: Principal, secret: String, createdAt: Date) {
        self.id = id
        self.callback = callback
        self.query = query
        self.owner = owner
        self.secret = secret
        self.createdAt = createdAt
    }
}
