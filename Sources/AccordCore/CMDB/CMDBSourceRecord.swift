import Foundation

/// A source record as the federated CMDB keeps it: the supplier's record, when the hub first saw
/// it, and what identification derived from it (normalised identifiers and match keys).
public struct CMDBSourceRecord: Sendable, Hashable, Codable {
    public var item: ConfigurationItem
    /// The earliest `observedAt` ever stored for this record; orders records canonically.
    public var firstSeen: Date
    /// The record's identifiers after normalisation, in reported order, empty values left out.
    public var normalizedIdentifiers: [Identifier]
    /// The keys identification matches on (one per complete identifier set of its class).
    public var matchKeys: [String]

    public init(item: ConfigurationItem, firstSeen: Date, normalizedIdentifiers: [Identifier], matchKeys: [String]) {
        self.item = item
        self.firstSeen = firstSeen
        self.normalizedIdentifiers = normalizedIdentifiers
        self.matchKeys = matchKeys
    }

    public var ref: SourceRecordRef { item.ref }
}
