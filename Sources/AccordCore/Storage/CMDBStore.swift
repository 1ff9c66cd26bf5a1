/// Keeps the federated CMDB: source records with their match keys, the golden CIs (clusters of
/// records), relationships, reviewers' resolutions and open conflicts.
///
/// Reconciliation (`AccordFederation.FederatedCMDB`) decides; the store only keeps and finds.
public protocol CMDBStore: Sendable {
    // MARK: - Source records

    /// Inserts or replaces records by supplier and source key, keys and identifiers included.
    /// Returns the records they replaced.
    func saveRecords(_ records: [CMDBSourceRecord]) async throws -> [CMDBSourceRecord]
    /// The stored records among `refs`, in no particular order.
    func records(_ refs: [SourceRecordRef]) async throws -> [CMDBSourceRecord]
    /// Every record carrying at least one of `keys`, except those in `known` (held already by
    /// the caller: not read again).
    func records(sharingKeys keys: [String], excluding known: Set<SourceRecordRef>) async throws -> [CMDBSourceRecord]
    /// Deletes records with their keys, identifiers, relationships and resolutions, and the golden
    /// CIs and conflicts they were part of; returns the deleted records. The other members of
    /// those CIs must be reconciled again (`FederatedCMDB.remove`).
    func deleteRecords(_ refs: [SourceRecordRef]) async throws -> [CMDBSourceRecord]

    // MARK: - Relationships and resolutions

    /// Inserts or replaces relationships by supplier, from, to and type.
    func saveRelationships(_ relationships: [SourceRelationship]) async throws
    /// Relationships starting or ending at any of `refs`, ordered by supplier, from, to, type.
    func relationships(touching refs: [SourceRecordRef]) async throws -> [SourceRelationship]
    /// Records (replacing) a reviewer's resolution of a record.
    func saveResolution(_ resolution: CMDBResolution) async throws
    /// The resolutions of `refs`, and those whose anchor is one of `refs`.
    func resolutions(involving refs: [SourceRecordRef]) async throws -> [CMDBResolution]

    // MARK: - Golden CIs

    /// Replaces the clusters, links and conflicts of the update's records, atomically.
    func apply(_ update: CMDBComponentUpdate) async throws
    func cluster(_ id: CIID) async throws -> CMDBCluster?
    /// The cluster a record is identified as; `nil` while it is parked or unknown.
    func clusterID(of ref: SourceRecordRef) async throws -> CIID?
    /// Clusters passing `query`'s filters, ordered by id, paged.
    func clusters(matching query: CIQuery) async throws -> [CMDBCluster]
    /// Every open conflict, ordered by kind, CI, then records.
    func conflicts() async throws -> [CMDBConflict]

    // MARK: - Graph

    /// For each of `ids`, the golden CIs one step away in the impact direction: CIs whose records
    /// depend on, run on or are hosted on its records, and groups its records are members of.
    func impactNeighbours(of ids: [CIID]) async throws -> [CIID: [CIID]]
    /// Relationships between golden CIs one step from each of `ids`, in both directions.
    func goldenEdges(of ids: [CIID]) async throws -> [GoldenEdge]
}

/// A relationship resolved to golden CIs, with the provenance of the source relationship.
public struct GoldenEdge: Sendable, Hashable, Codable {
    public var from: CIID
    public var to: CIID
    public var relationship: SourceRelationship

    public init(from: CIID, to: CIID, relationship: SourceRelationship) {
        self.from = from
        self.to = to
        self.relationship = relationship
    }
}

extension CMDBStore {
    /// Every record carrying at least one of `keys`.
    public func records(sharingKeys keys: [String]) async throws -> [CMDBSourceRecord] {
        try await records(sharingKeys: keys, excluding: [])
    }
}
