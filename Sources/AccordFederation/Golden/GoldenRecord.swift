import AccordCore
import Foundation

/// The federated view of one CI: each attribute's winning value with where it came from and
/// what the other sources said, plus the source records themselves.
public struct GoldenRecord: Sendable, Hashable, Codable, Identifiable {
    public var id: CIID
    public var ciClass: String
    /// The name, chosen like any attribute.
    public var name: GoldenAttribute?
    public var attributes: [String: GoldenAttribute]
    /// Every member's normalised identifiers, sorted by kind then value.
    public var identifiers: [Identifier]
    /// Member records in canonical order.
    public var sources: [SourceRecordRef]

    public init(id: CIID, ciClass: String, name: GoldenAttribute?, attributes: [String: GoldenAttribute], identifiers: [Identifier], sources: [SourceRecordRef]) {
        self.id = id
        self.ciClass = ciClass
        self.name = name
        self.attributes = attributes
        self.identifiers = identifiers
        self.sources = sources
    }
}

/// A golden attribute: the winning value, its provenance and the competing values.
public struct GoldenAttribute: Sendable, Hashable, Codable {
    public var value: String
    public var provenance: Provenance
    /// Every other source's value, best first; equal values are listed too.
    public var competing: [CompetingValue]

    public init(value: String, provenance: Provenance, competing: [CompetingValue]) {
        self.value = value
        self.provenance = provenance
        self.competing = competing
    }
}

/// Where a value came from.
public struct Provenance: Sendable, Hashable, Codable {
    public var supplier: SupplierID
    public var sourceKey: String
    public var observedAt: Date
    public var channel: Channel

    public init(supplier: SupplierID, sourceKey: String, observedAt: Date, channel: Channel) {
        self.supplier = supplier
        self.sourceKey = sourceKey
        self.observedAt = observedAt
        self.channel = channel
    }
}

/// A value that lost to the golden one, and why it might have.
public struct CompetingValue: Sendable, Hashable, Codable {
    public var value: String
    public var provenance: Provenance
    /// Whether its source had not reported the CI within the class's staleness window.
    public var stale: Bool

    public init(value: String, provenance: Provenance, stale: Bool) {
        self.value = value
        self.provenance = provenance
        self.stale = stale
    }
}
