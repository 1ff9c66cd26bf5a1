import Yams

/// A YAML node together with the file it came from, read with located diagnostics.
///
/// Scalars are read as the text written in the file; no YAML implicit typing is applied, so
/// `2026-12-25`, `08:00` and `no` stay text until a reader interprets them.
struct YAMLValue {
    let node: Node
    let file: String

    var location: SourceLocation {
        guard let mark = node.mark else { return .file(file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Whether the node is an explicit or empty null (`~`, `null`, nothing).
    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The node's text if it is a scalar; otherwise an error naming `what` was expected.
    func scalar(_ log: DiagnosticLog, _ what: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull else {
            log.error("\(what) must be a single value, found \(kindName)", at: location)
            return nil
        }
        return scalar.string
    }

    /// The node's items if it is a sequence.
    func sequence(_ log: DiagnosticLog, _ what: String) -> [YAMLValue]? {
        guard case .sequence(let sequence) = node else {
            log.error("\(what) must be a list, found \(kindName)", at: location)
            return nil
        }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    /// The node as a mapping whose keys must all be in `allowedKeys`; unknown and repeated keys
    /// are reported and left out.
    func mapping(_ log: DiagnosticLog, _ what: String, allowedKeys: [String]?) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            log.error("\(what) must be a mapping of keys to values, found \(kindName)", at: location)
            return nil
        }
        var entries: [YAMLMapping.Entry] = []
        var seen: [String: SourceLocation] = [:]
        for (keyNode, valueNode) in mapping {
            let key = YAMLValue(node: keyNode, file: file)
            guard case .scalar(let scalar) = keyNode else {
                log.error("keys in \(what) must be plain names", at: key.location)
                continue
            }
            let name = scalar.string
            if let allowedKeys, !allowedKeys.contains(name) {
                log.error("unknown key '\(name)' in \(what) (expected one of: \(allowedKeys.joined(separator: ", ")))", at: key.location)
                continue
            }
            if let first = seen[name] {
                log.error("key '\(name)' appears twice in \(what) (first at line \(first.line))", at: key.location)
                continue
            }
            seen[name] = key.location
            entries.append(.init(name: name, key: key, value: YAMLValue(node: valueNode, file: file)))
        }
        return YAMLMapping(location: location, what: what, entries: entries)
    }

    private var kindName: String {
        switch node {
        case .scalar: isNull ? "nothing" : "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
