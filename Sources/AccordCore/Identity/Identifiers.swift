import Foundation

/// Accord's own identifier for a ticket, independent of any supplier's number.
public struct TicketID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A new random identifier (`TKT-` followed by a lowercase UUID).
    public static func random() -> TicketID { TicketID("TKT-\(UUID().uuidString.lowercased())") }
}

/// Identifies a ``TicketEvent``.
public struct TicketEventID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A new random identifier (`EVT-` followed by a lowercase UUID).
    public static func random() -> TicketEventID { TicketEventID("EVT-\(UUID().uuidString.lowercased())") }
}

/// Identifies a configuration item record in the hub.
public struct CIID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A new random identifier (`CI-` followed by a lowercase UUID).
    public static func random() -> CIID { CIID("CI-\(UUID().uuidString.lowercased())") }
}

/// Names a business calendar in `Config/calendars/<id>.yaml`.
public struct CalendarID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names a catalogue service in `Config/services.yaml`.
public struct ServiceID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names an SLA or OLA.
public struct AgreementID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
