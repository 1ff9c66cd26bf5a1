/// A reviewer's decision about one source record, applied on every later reconciliation.
public struct CMDBResolution: Sendable, Hashable, Codable {
    public var record: SourceRecordRef
    public var action: Action

    public init(record: SourceRecordRef, action: Action) {
        self.record = record
        self.action = action
    }

    public enum Action: Sendable, Hashable, Codable {
        /// Identify the record as the same CI as `anchor`'s (another source record).
        case link(anchor: SourceRecordRef)
        /// Identify the record as a CI of its own, whatever it matches.
        case split
    }
}
