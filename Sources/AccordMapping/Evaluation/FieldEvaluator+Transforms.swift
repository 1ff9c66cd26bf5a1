extension FieldEvaluator {
    func apply(_ transform: Transform, to value: MappedValue) throws(FieldFailure) -> MappedValue {
        switch transform {
        case .first:
            if case .list(let items) = value { return items.first ?? .none }
            return value
        case .join(let separator):
            guard case .list(let items) = value else { return value }
            var texts: [String] = []
            for item in items where !item.isEmpty {
                guard let text = try itemText(item, "join") else { continue }
                texts.append(text)
            }
            return texts.isEmpty ? .none : .text(texts.joined(separator: separator))
        case .split(let separator):
            return try eachText(value) { text throws(FieldFailure) in
                .list(text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(MappedValue.text))
            }
        case .reference, .display:
            let display = transform == .display
            return try each(value) { item throws(FieldFailure) in
                guard case .node(let node) = item else { return item }
                if display, let found = node.firstChild(named: "display_value") { return MappedValue(found) }
                return node.firstChild(named: "value").map(MappedValue.init) ?? .none
            }
        case .adfText:
            // A text (Jira REST v2, webhooks: wiki markup) passes; a v3 document becomes its text.
            return try each(value) { item throws(FieldFailure) in
                guard case .node(let node) = item else { return item }
                guard let text = ADFText.text(of: node) else {
                    throw FieldFailure(message: "found \(node.kindName), not an Atlassian document (an object with \"type\": \"doc\")", value: nil)
                }
                return text.isEmpty ? .none : .text(text)
            }
        default:
            return try eachText(value) { text throws(FieldFailure) in try applyToText(transform, text) }
        }
    }

    private func applyToText(_ transform: Transform, _ text: String) throws(FieldFailure) -> MappedValue {
        switch transform {
        case .trim: return .text(TextFastPath.hasNoOuterWhitespace(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines))
        case .lowercase: return .text(TextFastPath.isLowercaseASCII(text) ? text : text.lowercased())
        case .uppercase: return .text(text.uppercased())
        case .number:
            if TextFastPath.isCanonicalInteger(text) { return .text(text) }
            // ServiceNow and CSV sources write an empty field as "": no number, not a bad one.
            if text.allSatisfy(\.isWhitespace) { return .none }
            guard let number = CanonicalNumber.normalise(text) else { throw FieldFailure(message: "'\(text)' is not a number", value: text) }
            return .text(number)
        case .timestamp(let rule):
            if text.allSatisfy(\.isWhitespace) { return .none }
            do {
                return .instant(try rule.instant(from: text))
            } catch {
                throw FieldFailure(message: "cannot read '\(text)' as a timestamp (format '\(rule.formatText)'): \(error.message)", value: text)
            }
        default:
            return .text(text)
        }
    }

    private func each(_ value: MappedValue, _ body: (MappedValue) throws(FieldFailure) -> MappedValue) throws(FieldFailure) -> MappedValue {
        guard case .list(let items) = value else { return try body(value) }
        var result: [MappedValue] = []
        for item in items { result.append(try body(item)) }
        return .list(result)
    }

    private func eachText(_ value: MappedValue, _ body: (String) throws(FieldFailure) -> MappedValue) throws(FieldFailure) -> MappedValue {
        try each(value) { item throws(FieldFailure) in
            switch item {
            case .none: return .none
            case .text(let text): return try body(text)
            case .instant(let instant): return try body(instant.description)
            case .list: return item
            case .node(let node):
                throw FieldFailure(message: "found \(node.kindName), not a value (add 'reference' for {link, value} objects, or a longer path)", value: nil)
            }
        }
    }

    private func itemText(_ item: MappedValue, _ transform: String) throws(FieldFailure) -> String? {
        switch item {
        case .text(let text): return text
        case .instant(let instant): return instant.description
        case .none: return nil
        case .list, .node: throw FieldFailure(message: "'\(transform)' needs a list of values, found a nested structure", value: item.shown)
        }
    }
}
