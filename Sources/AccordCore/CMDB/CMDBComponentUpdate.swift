/// The outcome of reconciling one closed set of source records (a component: every record that
/// shares a match key or a reviewer's link with another in the set).
///
/// A store applies it atomically: links, clusters and conflicts of ``records`` are replaced.
public struct CMDBComponentUpdate: Sendable, Hashable {
    /// Every record of the component.
    public var records: [SourceRecordRef]
    public var clusters: [CMDBCluster]
    public var conflicts: [CMDBConflict]

    public init(records: [SourceRecordRef], clusters: [CMDBCluster], conflicts: [CMDBConflict]) {
        self.records = records
        self.clusters = clusters
        self.conflicts = conflicts
    }
}
