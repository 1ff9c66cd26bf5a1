/// A golden CI's identity: the source records identified as one configuration item.
///
/// The id is derived from the founding record (the first member in canonical order), so the same
/// records give the same id whatever order they arrived in.
public struct CMDBCluster: Sendable, Hashable, Codable, Identifiable {
    public var id: CIID
    public var ciClass: String
    public var founder: SourceRecordRef
    /// Members in canonical order (first seen, then supplier and source key); the founder first.
    public var members: [SourceRecordRef]

    public init(id: CIID, ciClass: String, founder: SourceRecordRef, members: [SourceRecordRef]) {
        self.id = id
        self.ciClass = ciClass
        self.founder = founder
        self.members = members
    }
}
