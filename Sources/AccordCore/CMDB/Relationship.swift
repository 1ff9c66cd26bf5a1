import Foundation

/// A directed link between two configuration items, as one supplier reported it.
public struct Relationship: Sendable, Hashable, Codable {
    public var source: CIID
    public var target: CIID
    public var type: RelationshipType
    public var supplier: SupplierID
    public var observedAt: Date

    public init(source: CIID, target: CIID, type: RelationshipType, supplier: SupplierID, observedAt: Date) {
        self.source = source
        self.target = target
        self.type = type
        self.supplier = supplier
        self.observedAt = observedAt
    }
}

/// How a ``Relationship``'s source relates to its target.
public enum RelationshipType: String, Sendable, Codable, CaseIterable {
    case dependsOn
    case runsOn
    case hostedOn
    case connectedTo
    case memberOf
}
