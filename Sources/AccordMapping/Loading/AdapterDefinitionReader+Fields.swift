import Yams

extension AdapterDefinitionReader {
    static let fieldKeys = ["path", "firstNonEmpty", "paths", "value", "transforms", "map", "default", "otherwise"]
    static let sourceKeys = ["path", "firstNonEmpty", "paths", "value"]

    func readFields(_ node: Node, into rule: RecordRule) -> RecordRule? {
        let allowed = CanonicalField.allCases.filter { $0.recordTypes.contains(rule.recordType) }.map(\.rawValue)
        let what = "'fields' of a \(rule.recordType.rawValue) rule"
        guard let entries = YAMLEntries(node, what, allowed: allowed, log: log) else { return nil }
        var rule = rule
        for entry in entries.entries {
            guard let field = CanonicalField(rawValue: entry.name) else { continue }
            switch field {
            case .identifiers:
                rule.identifiers = readIdentifiers(entry.value, format: rule.format)
            case .attributes:
                guard let attributes = YAMLEntries(entry.value, "'attributes'", allowed: nil, log: log) else { continue }
                rule.attributes = attributes.entries.compactMap { attribute in
                    fieldSpec(attribute.value, format: rule.format, what: "attribute '\(attribute.name)'").map { RecordRule.AttributeRule(name: attribute.name, spec: $0) }
                }.sorted { $0.name < $1.name }
            case .changes:
                rule.changes = readChanges(entry.value, format: rule.format)
            default:
                if let spec = fieldSpec(entry.value, format: rule.format, what: "field '\(field.rawValue)'") {
                    rule.fields.append(RecordRule.FieldRule(field: field, spec: spec))
                }
            }
        }
        for field in rule.recordType.requiredFields where !rule.fields.contains(where: { $0.field == field }) {
            log.error("a \(rule.recordType.rawValue) rule must map '\(field.rawValue)'", at: node)
        }
        rule.fields.sort { lhs, rhs in
            (CanonicalField.allCases.firstIndex(of: lhs.field) ?? 0) < (CanonicalField.allCases.firstIndex(of: rhs.field) ?? 0)
        }
        return rule
    }

    /// A field spec written either as a path or as a mapping.
    func fieldSpec(_ node: Node, format: SourceFormat?, what: String) -> FieldSpec? {
        if case .scalar(let scalar) = node {
            return readPath(scalar.string, at: node, format: format).map { FieldSpec(source: .path($0)) }
        }
        guard let entries = YAMLEntries(node, what, allowed: Self.fieldKeys, log: log) else { return nil }
        return readFieldSpec(entries, format: format, what: what)
    }

    /// The field-spec keys of `entries` (other keys are the caller's).
    func readFieldSpec(_ entries: YAMLEntries, format: SourceFormat?, what: String) -> FieldSpec? {
        let sources = entries.entries.filter { Self.sourceKeys.contains($0.name) }
        if sources.count > 1 {
            log.error("\(what) has more than one source (\(sources.map(\.name).joined(separator: ", "))); use one", at: sources[1].key)
            return nil
        }
        var source = FieldSpec.Source.none
        if let entry = sources.first {
            switch entry.name {
            case "path":
                guard let text = YAMLEntries.scalar(entry.value, "'path'", log), let path = readPath(text, at: entry.value, format: format) else { return nil }
                source = .path(path)
            case "value":
                guard let text = YAMLEntries.scalar(entry.value, "'value'", log) else { return nil }
                source = .constant(text)
            default:
                guard let texts = YAMLEntries.strings(entry.value, "'\(entry.name)'", log) else { return nil }
                let paths = texts.compactMap { readPath($0, at: entry.value, format: format) }
                guard paths.count == texts.count else { return nil }
                source = entry.name == "paths" ? .paths(paths) : .firstNonEmpty(paths)
            }
        }
        let defaultValue = entries.string("default")
        if case .none = source, defaultValue == nil {
            log.error("\(what) needs a source: one of \(Self.sourceKeys.joined(separator: ", ")) (or a 'default')", at: entries.node)
            return nil
        }
        let transforms = entries["transforms"].map(readTransforms) ?? []
        var map: [String: String]?
        if let mapNode = entries["map"], let mapEntries = YAMLEntries(mapNode, "'map'", allowed: nil, log: log) {
            map = [:]
            for entry in mapEntries.entries {
                if let target = YAMLEntries.scalar(entry.value, "the value for '\(entry.name)' in 'map'", log) { map?[entry.name] = target }
            }
        }
        var otherwise: FieldSpec?
        if let node = entries["otherwise"] {
            guard map != nil else {
                log.error("\(what): 'otherwise' is read when 'map' has no entry for the value; add a 'map'", at: node)
                return nil
            }
            guard let spec = fieldSpec(node, format: format, what: "'otherwise' of \(what)") else { return nil }
            otherwise = spec
        }
        return FieldSpec(source: source, transforms: transforms, map: map, defaultValue: defaultValue, otherwise: otherwise)
    }

    private func readIdentifiers(_ node: Node, format: SourceFormat) -> [RecordRule.IdentifierSpec] {
        guard let items = YAMLEntries.sequence(node, "'identifiers'", log) else { return [] }
        return items.compactMap { item in
            guard let entries = YAMLEntries(item, "an identifier", allowed: ["kind"] + Self.fieldKeys, log: log),
                  let kindNode = entries.required("kind"), let kind = YAMLEntries.scalar(kindNode, "'kind'", log),
                  let spec = readFieldSpec(entries, format: format, what: "identifier '\(kind)'") else { return nil }
            return RecordRule.IdentifierSpec(kind: kind, value: spec)
        }
    }

    private func readChanges(_ node: Node, format: SourceFormat) -> RecordRule.ChangesSpec? {
        guard let entries = YAMLEntries(node, "'changes'", allowed: ["at", "field", "from", "to"], log: log) else { return nil }
        let atPath = entries.required("at").flatMap { atNode in
            YAMLEntries.scalar(atNode, "'at'", log).flatMap { readPath($0, at: atNode, format: format) }
        }
        let specs = ["field", "from", "to"].map { key in
            entries.required(key).flatMap { fieldSpec($0, format: format, what: "'changes.\(key)'") }
        }
        guard let atPath, let field = specs[0], let from = specs[1], let to = specs[2] else { return nil }
        return RecordRule.ChangesSpec(at: atPath, field: field, from: from, to: to)
    }
}
