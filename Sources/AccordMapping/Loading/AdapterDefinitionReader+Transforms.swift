import Foundation
import Yams

extension AdapterDefinitionReader {
    func readTransforms(_ node: Node) -> [Transform] {
        guard let items = YAMLEntries.sequence(node, "'transforms'", log) else { return [] }
        return items.compactMap(readTransform)
    }

    private func readTransform(_ node: Node) -> Transform? {
        let choices = Transform.names.joined(separator: ", ")
        if case .scalar(let scalar) = node {
            switch scalar.string {
            case "trim": return .trim
            case "lowercase": return .lowercase
            case "uppercase": return .uppercase
            case "number": return .number
            case "reference": return .reference
            case "display": return .display
            case "adfText": return .adfText
            case "first": return .first
            case "split", "join", "timestamp":
                log.error("transform '\(scalar.string)' needs a setting, e.g. { \(scalar.string): ... }", at: node)
            default:
                log.error("unknown transform '\(scalar.string)' (expected one of: \(choices))", at: node)
            }
            return nil
        }
        guard case .mapping(let mapping) = node, mapping.count == 1, let (key, value) = mapping.first,
              case .scalar(let name) = key else {
            log.error("a transform is a name or a mapping with one key (e.g. { split: \",\" })", at: node)
            return nil
        }
        switch name.string {
        case "split", "join":
            guard let separator = YAMLEntries.scalar(value, "the separator of '\(name.string)'", log) else { return nil }
            if name.string == "split" && separator.isEmpty {
                log.error("'split' needs a non-empty separator", at: value)
                return nil
            }
            return name.string == "split" ? .split(separator) : .join(separator)
        case "timestamp":
            return readTimestamp(value).map(Transform.timestamp)
        default:
            let known = Transform.names.contains(name.string)
            log.error(known ? "transform '\(name.string)' takes no setting" : "unknown transform '\(name.string)' (expected one of: \(choices))", at: key)
            return nil
        }
    }

    private func readTimestamp(_ node: Node) -> TimestampRule? {
        guard let entries = YAMLEntries(node, "'timestamp'", allowed: ["format", "zone", "nonexistent", "ambiguous"], log: log) else { return nil }
        guard let formatNode = entries.required("format"), let formatText = YAMLEntries.scalar(formatNode, "'format'", log) else { return nil }
        var format: TimestampRule.Format
        switch formatText {
        case "rfc3339", "iso8601": format = .rfc3339
        case "epochSeconds": format = .epochSeconds
        case "epochMillis": format = .epochMillis
        default:
            do {
                format = .pattern(try TimestampPattern(formatText))
            } catch {
                log.error(error.message, at: formatNode)
                return nil
            }
        }
        var zone: String?
        if let zoneNode = entries["zone"], let text = YAMLEntries.scalar(zoneNode, "'zone'", log) {
            if TimeZone(identifier: text) == nil {
                log.error("unknown time zone '\(text)' (use an IANA name such as Europe/Berlin, or UTC)", at: zoneNode)
                return nil
            }
            zone = text
        } else if case .pattern(let pattern) = format, !pattern.hasOffset {
            log.error("format '\(formatText)' has no offset, so 'timestamp' needs a 'zone' (e.g. zone: UTC)", at: node)
            return nil
        }
        let nonexistent = readChoice(entries, "nonexistent", TimestampRule.NonexistentRule.self) ?? .error
        let ambiguous = readChoice(entries, "ambiguous", TimestampRule.AmbiguousRule.self) ?? .error
        return TimestampRule(format: format, formatText: formatText, zoneIdentifier: zone, nonexistent: nonexistent, ambiguous: ambiguous)
    }

    private func readChoice<Value: RawRepresentable & CaseIterable>(_ entries: YAMLEntries, _ key: String, _ type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let node = entries[key], let text = YAMLEntries.scalar(node, "'\(key)'", log) else { return nil }
        guard let value = Value(rawValue: text) else {
            log.error("'\(key)' must be one of \(Value.allCases.map(\.rawValue).joined(separator: ", ")) (found '\(text)')", at: node)
            return nil
        }
        return value
    }
}
