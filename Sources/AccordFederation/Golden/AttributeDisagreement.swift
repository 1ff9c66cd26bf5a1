import AccordCore

/// Finds attributes on which the sources of one golden CI disagree.
enum AttributeDisagreement {
    /// One conflict per attribute (the name included) with two or more different non-empty values,
    /// compared after trimming, case folding and collapsing whitespace.
    static func conflicts(in cluster: CMDBCluster, members: [CMDBSourceRecord]) -> [CMDBConflict] {
        guard members.count > 1 else { return [] }
        var names = Set<String>(["name"])
        for member in members { names.formUnion(member.item.attributes.keys) }
        var result: [CMDBConflict] = []
        for name in names.sorted() {
            var values: [String: [SourceRecordRef]] = [:]
            var spelled: [String: String] = [:]
            for member in members {
                let raw = GoldenRecordBuilder.value(of: name, in: member.item)
                let normalized = IdentifierNormalizer.text(raw ?? "")
                guard !normalized.isEmpty, let raw else { continue }
                values[normalized, default: []].append(member.ref)
                if spelled[normalized] == nil { spelled[normalized] = raw }
            }
            guard values.count > 1 else { continue }
            let listed = values.keys.sorted().map { key in
                "'\(spelled[key] ?? key)' (\(values[key, default: []].sorted().map(\.description).joined(separator: ", ")))"
            }
            result.append(CMDBConflict(
                kind: .attributeDisagreement, ci: cluster.id, records: values.values.flatMap { $0 }.sorted(), attribute: name,
                detail: "'\(name)' differs: " + listed.joined(separator: " vs ")
            ))
        }
        return result
    }
}
