import AccordCore

/// Identifiers that together recognise a CI (all must be present), e.g. hostname + domain.
public struct IdentifierSet: Sendable, Hashable, CustomStringConvertible {
    public var elements: [IdentifierElement]

    public init(_ elements: [IdentifierElement]) { self.elements = elements }

    /// Whether the set is made of IP addresses only, which never suffice to merge (addresses are
    /// reused across networks and over time).
    public var isAddressOnly: Bool {
        !elements.isEmpty && elements.allSatisfy { $0 == .identifier(.ipAddress) }
    }

    /// The elements joined with `+`: the prefix of this set's match keys.
    public var description: String { elements.map(\.description).joined(separator: "+") }
}
