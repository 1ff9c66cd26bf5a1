import AccordCore

/// Identification and golden-record rules for one CI class.
public struct ClassRule: Sendable, Hashable {
    /// Tried in order; the first set that matches decides (see `docs/CMDB.md`).
    public var identifierSets: [IdentifierSet]
    public var multiMatch: MultiMatchPolicy
    /// Per attribute, suppliers or tiers in order of authority; key `*` applies to the others.
    public var precedence: [String: [PrecedenceEntry]]
    /// A source that has not reported the CI for this many days loses to the next one; `nil`: never.
    public var staleAfterDays: Int?
    /// Other classes a record of this class may be identified with (besides its own).
    public var compatibleClasses: Set<String>

    public init(
        identifierSets: [IdentifierSet], multiMatch: MultiMatchPolicy = .park, precedence: [String: [PrecedenceEntry]] = [:],
        staleAfterDays: Int? = nil, compatibleClasses: Set<String> = []
    ) {
        self.identifierSets = identifierSets
        self.multiMatch = multiMatch
        self.precedence = precedence
        self.staleAfterDays = staleAfterDays
        self.compatibleClasses = compatibleClasses
    }

    /// The precedence that applies to `attribute`.
    public func precedence(for attribute: String) -> [PrecedenceEntry] {
        precedence[attribute] ?? precedence["*"] ?? []
    }
}
