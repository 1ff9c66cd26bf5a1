import Foundation

/// The instants in a ticket's life; all absolute (UTC) instants.
public struct TicketTimestamps: Sendable, Hashable, Codable {
    /// When the ticket was raised at its source.
    public var openedAt: Date
    /// When the ticket last changed.
    public var updatedAt: Date
    public var respondedAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?

    public init(openedAt: Date, updatedAt: Date? = nil, respondedAt: Date? = nil, resolvedAt: Date? = nil, closedAt: Date? = nil) {
        self.openedAt = openedAt
        self.updatedAt = updatedAt ?? openedAt
        self.respondedAt = respondedAt
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
    }
}
