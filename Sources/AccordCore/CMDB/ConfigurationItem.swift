import Foundation

/// One supplier's record of a configuration item, kept as that supplier reported it.
///
/// Records from different suppliers are never merged here; the federated CMDB reconciles them
/// into golden records and keeps each source record with its provenance.
public struct ConfigurationItem: Sendable, Hashable, Codable, Identifiable {
    public var id: CIID
    /// The supplier that reported this record.
    public var supplier: SupplierID
    /// The supplier's own key for the item (a `sys_id`, an asset number).
    public var sourceKey: String
    /// The CI class, e.g. `server`, `application`, `network_device`.
    public var ciClass: String
    public var name: String
    public var identifiers: [Identifier]
    public var attributes: [String: String]
    /// When the supplier last reported the record.
    public var observedAt: Date
    /// How the record arrived.
    public var channel: Channel

    public init(
        id: CIID, supplier: SupplierID, sourceKey: String, ciClass: String, name: String,
        identifiers: [Identifier] = [], attributes: [String: String] = [:], observedAt: Date, channel: Channel
    ) {
        self.id = id
        self.supplier = supplier
        self.sourceKey = sourceKey
        self.ciClass = ciClass
        self.name = name
        self.identifiers = identifiers
        self.attributes = attributes
        self.observedAt = observedAt
        self.channel = channel
    }
}
