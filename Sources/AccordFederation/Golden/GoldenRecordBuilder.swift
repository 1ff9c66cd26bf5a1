import AccordCore
import Foundation

/// Builds a ``GoldenRecord`` from a cluster's source records. Pure: the time staleness is judged
/// at comes in as `now`.
///
/// Per attribute: sources without a value are ignored (a null never blanks a value); the rest are
/// ranked fresh before stale, then by the class's precedence for the attribute (a supplier or a
/// tier; unlisted sources last), then newest observation, then supplier and source key.
public enum GoldenRecordBuilder {
    public static func build(
        _ cluster: CMDBCluster, members: [CMDBSourceRecord], rules: CMDBRules, tiers: [SupplierID: Tier], now: Date
    ) -> GoldenRecord {
        let rule = rules.rule(for: cluster.ciClass)
        let order = Dictionary(cluster.members.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = members.sorted { (order[$0.ref] ?? .max, $0.ref) < (order[$1.ref] ?? .max, $1.ref) }
        var names = Set<String>()
        for member in sorted { names.formUnion(member.item.attributes.keys) }
        var attributes: [String: GoldenAttribute] = [:]
        for name in names {
            attributes[name] = attribute(name, sorted, rule: rule, tiers: tiers, now: now)
        }
        let identifiers = Set(sorted.flatMap(\.normalizedIdentifiers)).sorted { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) }
        return GoldenRecord(
            id: cluster.id, ciClass: cluster.ciClass, name: attribute("name", sorted, rule: rule, tiers: tiers, now: now),
            attributes: attributes, identifiers: identifiers, sources: sorted.map(\.ref)
        )
    }

    /// The value a record gives `attribute` (`name` is the record's name); `nil` when empty.
    static func value(of attribute: String, in item: ConfigurationItem) -> String? {
        let value = attribute == "name" ? item.name : item.attributes[attribute]
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return value
    }

    private static func attribute(_ name: String, _ members: [CMDBSourceRecord], rule: ClassRule, tiers: [SupplierID: Tier], now: Date) -> GoldenAttribute? {
        let precedence = rule.precedence(for: name)
        let window = rule.staleAfterDays.map { TimeInterval($0) * 86_400 }
        struct Candidate {
            var value: String
            var record: CMDBSourceRecord
            var stale: Bool
            var rank: Int
        }
        let candidates = members.compactMap { member -> Candidate? in
            guard let value = value(of: name, in: member.item) else { return nil }
            let stale = window.map { now.timeIntervalSince(member.item.observedAt) > $0 } ?? false
            let rank = precedence.firstIndex { entry in
                switch entry {
                case .supplier(let id): id == member.item.supplier
                case .tier(let tier): tiers[member.item.supplier] == tier
                }
            } ?? precedence.count
            return Candidate(value: value, record: member, stale: stale, rank: rank)
        }.sorted { lhs, rhs in
            if lhs.stale != rhs.stale { return !lhs.stale }
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.record.item.observedAt != rhs.record.item.observedAt { return lhs.record.item.observedAt > rhs.record.item.observedAt }
            return lhs.record.ref < rhs.record.ref
        }
        guard let winner = candidates.first else { return nil }
        return GoldenAttribute(
            value: winner.value, provenance: provenance(winner.record),
            competing: candidates.dropFirst().map { CompetingValue(value: $0.value, provenance: provenance($0.record), stale: $0.stale) }
        )
    }

    static func provenance(_ record: CMDBSourceRecord) -> Provenance {
        Provenance(supplier: record.item.supplier, sourceKey: record.item.sourceKey, observedAt: record.item.observedAt, channel: record.item.channel)
    }
}
