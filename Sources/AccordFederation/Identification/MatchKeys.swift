import AccordCore
import Foundation

/// Derives the keys a source record is matched on: one per identifier set of its class that the
/// record can fill, written `set=value|value` (e.g. `hostname+attribute:domain=web01|corp.example`).
///
/// Keys do not name the class, so a record of another class carrying the same identifiers finds
/// the CI and is reported as an incompatible-class conflict instead of silently creating a twin.
public enum MatchKeys {
    /// At most this many keys per set when a record has several values of one kind (several MACs).
    static let maximumPerSet = 16

    /// A source record ready to store: normalised identifiers and match keys derived from `item`.
    public static func sourceRecord(_ item: ConfigurationItem, firstSeen: Date, rules: CMDBRules) -> CMDBSourceRecord {
        let normalized = IdentifierNormalizer.normalize(item.identifiers)
        return CMDBSourceRecord(item: item, firstSeen: firstSeen, normalizedIdentifiers: normalized,
                                matchKeys: keys(for: item, normalized: normalized, rule: rules.rule(for: item.ciClass)))
    }

    /// The keys of `item` under `rule`, in identifier-set order. Address-only sets give none.
    public static func keys(for item: ConfigurationItem, normalized: [Identifier], rule: ClassRule) -> [String] {
        rule.identifierSets.flatMap { keys(for: item, normalized: normalized, set: $0) }
    }

    /// The keys of `item` for one set; empty when any element has no value.
    public static func keys(for item: ConfigurationItem, normalized: [Identifier], set: IdentifierSet) -> [String] {
        guard !set.isAddressOnly, !set.elements.isEmpty else { return [] }
        var combinations: [[String]] = [[]]
        for element in set.elements {
            let values = self.values(of: element, item: item, normalized: normalized)
            guard !values.isEmpty else { return [] }
            combinations = combinations.flatMap { prefix in values.map { prefix + [$0] } }
            if combinations.count > maximumPerSet { combinations = Array(combinations.prefix(maximumPerSet)) }
        }
        let prefix = set.description + "="
        return combinations.map { prefix + $0.joined(separator: "|") }
    }

    /// The prefix every key of `set` starts with.
    public static func prefix(of set: IdentifierSet) -> String { set.description + "=" }

    private static func values(of element: IdentifierElement, item: ConfigurationItem, normalized: [Identifier]) -> [String] {
        switch element {
        case .identifier(let kind):
            return normalized.filter { $0.kind == kind }.map(\.value)
        case .attribute(let name):
            let value = IdentifierNormalizer.text(item.attributes[name] ?? "")
            return value.isEmpty ? [] : [value]
        case .name:
            let name = IdentifierNormalizer.text(item.name)
            if !name.isEmpty { return [name] }
            return normalized.filter { $0.kind == .name }.map(\.value).prefix(1).map { $0 }
        case .supplier:
            return [item.supplier.rawValue]
        }
    }
}
