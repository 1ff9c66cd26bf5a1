import Yams

extension AdapterDefinitionReader {
    static let ruleKeys = ["recordType", "format", "at", "when", "fields"]
    static let conditionTests = ["equals", "in", "prefix", "exists"]

    func readRule(_ node: Node, index: Int, formats: [SourceFormat]) -> RecordRule? {
        let what = "record rule \(index + 1)"
        guard let entries = YAMLEntries(node, what, allowed: Self.ruleKeys, log: log) else { return nil }
        var recordType: CanonicalRecordType?
        if let typeNode = entries.required("recordType"), let text = YAMLEntries.scalar(typeNode, "'recordType'", log) {
            recordType = CanonicalRecordType(rawValue: text)
            if recordType == nil {
                let choices = CanonicalRecordType.allCases.map(\.rawValue).joined(separator: ", ")
                log.error("unknown recordType '\(text)' (expected one of: \(choices))", at: typeNode)
            }
        }
        let format = readRuleFormat(entries, formats: formats, node: node)
        var at = SourcePath(fromRoot: false, steps: [], description: ".")
        if let atNode = entries["at"], let text = YAMLEntries.scalar(atNode, "'at'", log) {
            if format == .csv {
                log.error("'at' is not used for CSV (every row is a record)", at: atNode)
            } else if let path = readPath(text, at: atNode, format: format) {
                let plain = path.steps.allSatisfy { step in
                    if case .key = step { return true }
                    return step == .wildcard
                }
                if format == .xml && (!plain || path.steps.isEmpty) {
                    log.error("an XML record location is a path of element names from the root (e.g. 'response/result'), found '\(text)'", at: atNode)
                } else {
                    at = path
                }
            }
        } else if format != .csv {
            log.error("missing required key 'at' in \(what) (where the records are, e.g. 'result[*]')", at: node)
        }
        // `when` is one condition, or a list of them that must all hold.
        var conditions: [RecordCondition] = []
        if let node = entries["when"] {
            if case .sequence(let sequence) = node {
                guard !sequence.isEmpty else {
                    log.error("'when' as a list needs at least one condition", at: node)
                    return nil
                }
                conditions = sequence.compactMap { readCondition($0, format: format) }
                guard conditions.count == sequence.count else { return nil }
            } else {
                guard let condition = readCondition(node, format: format) else { return nil }
                conditions = [condition]
            }
        }
        guard let fieldsNode = entries.required("fields"), let recordType, let format else { return nil }
        var rule = RecordRule(
            recordType: recordType, format: format, at: at, condition: conditions.first,
            fields: [], identifiers: [], attributes: [], changes: nil
        )
        rule.moreConditions = Array(conditions.dropFirst())
        return readFields(fieldsNode, into: rule)
    }

    private func readRuleFormat(_ entries: YAMLEntries, formats: [SourceFormat], node: Node) -> SourceFormat? {
        guard let formatNode = entries["format"] else {
            if formats.count == 1 { return formats[0] }
            if !formats.isEmpty { log.error("'format' is required when the adapter reads several formats", at: node) }
            return nil
        }
        guard let text = YAMLEntries.scalar(formatNode, "'format'", log) else { return nil }
        guard let format = SourceFormat(rawValue: text), formats.contains(format) else {
            let choices = formats.map(\.rawValue).joined(separator: ", ")
            log.error("'format' must be one of the adapter's formats: \(choices) (found '\(text)')", at: formatNode)
            return nil
        }
        return format
    }

    func readCondition(_ node: Node, format: SourceFormat?) -> RecordCondition? {
        guard let entries = YAMLEntries(node, "'when'", allowed: Self.fieldKeys + Self.conditionTests, log: log) else { return nil }
        let tests = entries.entries.filter { Self.conditionTests.contains($0.name) }
        guard tests.count == 1, let test = tests.first else {
            log.error("'when' needs exactly one test: \(Self.conditionTests.joined(separator: ", "))", at: node)
            return nil
        }
        guard let value = readFieldSpec(entries, format: format, what: "'when'") else { return nil }
        switch test.name {
        case "equals":
            return YAMLEntries.scalar(test.value, "'equals'", log).map { RecordCondition(value: value, test: .equals($0)) }
        case "in":
            return YAMLEntries.strings(test.value, "'in'", log).map { RecordCondition(value: value, test: .oneOf($0)) }
        case "prefix":
            return YAMLEntries.scalar(test.value, "'prefix'", log).map { RecordCondition(value: value, test: .prefix($0)) }
        default:
            guard let text = YAMLEntries.scalar(test.value, "'exists'", log), text == "true" || text == "false" else {
                log.error("'exists' must be true or false", at: test.value)
                return nil
            }
            return RecordCondition(value: value, test: .exists(text == "true"))
        }
    }

    /// A compiled path, or `nil` after reporting why not.
    func readPath(_ text: String, at node: Node, format: SourceFormat?) -> SourcePath? {
        do {
            let path = try SourcePathParser.parse(text)
            if format == .xml {
                for prefix in path.prefixes where namespaces[prefix] == nil {
                    log.error("namespace prefix '\(prefix)' in '\(text)' is not declared under 'namespaces'", at: node)
                    return nil
                }
                if path.fromRoot {
                    log.error("XML is read one record at a time, so '$' paths cannot be used in XML rules", at: node)
                    return nil
                }
            }
            return path
        } catch {
            log.error("bad path: \(error.message)", at: node)
            return nil
        }
    }
}
