import Foundation

/// A relationship as one supplier reported it, between two of that supplier's source records.
///
/// It attaches to whichever golden CIs those records are identified as, so it follows them
/// through merges and splits.
public struct SourceRelationship: Sendable, Hashable, Codable {
    public var supplier: SupplierID
    /// The source key of the record the relationship starts from.
    public var from: String
    /// The source key of the record it points to.
    public var to: String
    public var type: RelationshipType
    public var observedAt: Date
    public var channel: Channel

    public init(supplier: SupplierID, from: String, to: String, type: RelationshipType, observedAt: Date, channel: Channel) {
        self.supplier = supplier
        self.from = from
        self.to = to
        self.type = type
        self.observedAt = observedAt
        self.channel = channel
    }

    public var fromRef: SourceRecordRef { SourceRecordRef(supplier: supplier, sourceKey: from) }
    public var toRef: SourceRecordRef { SourceRecordRef(supplier: supplier, sourceKey: to) }
}
