/// A YAML mapping whose keys have been checked, with typed, located accessors.
struct YAMLMapping {
    struct Entry {
        let name: String
        let key: YAMLValue
        let value: YAMLValue
    }

    let location: SourceLocation
    /// What the mapping is, for messages (`supplier`, `calendar 'uk-office'`).
    let what: String
    let entries: [Entry]

    subscript(key: String) -> YAMLValue? {
        entries.first { $0.name == key }?.value
    }

    /// The value of a key that must be present.
    func required(_ key: String, _ log: DiagnosticLog) -> YAMLValue? {
        guard let value = self[key] else {
            log.error("missing required key '\(key)' in \(what)", at: location)
            return nil
        }
        return value
    }

    /// The text of a required scalar key.
    func requiredString(_ key: String, _ log: DiagnosticLog) -> String? {
        required(key, log)?.scalar(log, "'\(key)'")
    }

    /// The text of an optional scalar key (`nil` when absent or null).
    func optionalString(_ key: String, _ log: DiagnosticLog) -> String? {
        guard let value = self[key], !value.isNull else { return nil }
        return value.scalar(log, "'\(key)'")
    }

    /// An enumeration value, reported as `'key' must be one of a, b, c (found 'x')`.
    func oneOf<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, _ log: DiagnosticLog, required: Bool) -> Value?
    where Value.RawValue == String {
        guard let value = self[key], !value.isNull else {
            if required { log.error("missing required key '\(key)' in \(what)", at: location) }
            return nil
        }
        guard let text = value.scalar(log, "'\(key)'") else { return nil }
        guard let parsed = Value(rawValue: text) else {
            let choices = Value.allCases.map(\.rawValue).joined(separator: ", ")
            log.error("'\(key)' must be one of \(choices) (found '\(text)')", at: value.location)
            return nil
        }
        return parsed
    }

    /// A whole number within `range`.
    func integer(_ key: String, in range: ClosedRange<Int>, _ log: DiagnosticLog) -> Int? {
        guard let value = self[key], let text = value.scalar(log, "'\(key)'") else { return nil }
        guard let number = Int(text), range.contains(number) else {
            log.error("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound) (found '\(text)')", at: value.location)
            return nil
        }
        return number
    }

    /// `true` or `false` (absent or null: `nil`).
    func boolean(_ key: String, _ log: DiagnosticLog) -> Bool? {
        guard let value = self[key], !value.isNull, let text = value.scalar(log, "'\(key)'") else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            log.error("'\(key)' must be true or false (found '\(text)')", at: value.location)
            return nil
        }
    }
}
