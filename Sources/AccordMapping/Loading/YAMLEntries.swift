import Yams

/// A YAML mapping whose keys have been checked against the allowed names, with located accessors.
struct YAMLEntries {
    let node: Node
    let what: String
    let log: AdapterDiagnosticLog
    private(set) var entries: [(name: String, key: Node, value: Node)] = []

    /// Reads `node` as a mapping; unknown and repeated keys are reported and left out.
    init?(_ node: Node, _ what: String, allowed: [String]?, log: AdapterDiagnosticLog) {
        self.node = node
        self.what = what
        self.log = log
        guard case .mapping(let mapping) = node else {
            log.error("\(what) must be a mapping of keys to values, found \(YAMLEntries.kindName(node))", at: node)
            return nil
        }
        var seen = Set<String>()
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                log.error("keys in \(what) must be plain names", at: key)
                continue
            }
            let name = scalar.string
            if let allowed, !allowed.contains(name) {
                log.error("unknown key '\(name)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))", at: key)
                continue
            }
            if !seen.insert(name).inserted {
                log.error("key '\(name)' appears twice in \(what)", at: key)
                continue
            }
            entries.append((name, key, value))
        }
    }

    subscript(name: String) -> Node? {
        entries.first { $0.name == name }?.value
    }

    /// A required key's node, reported when missing.
    func required(_ name: String) -> Node? {
        guard let value = self[name] else {
            log.error("missing required key '\(name)' in \(what)", at: node)
            return nil
        }
        return value
    }

    /// The text of an optional scalar key.
    func string(_ name: String) -> String? {
        guard let value = self[name] else { return nil }
        return YAMLEntries.scalar(value, "'\(name)'", log)
    }

    /// The node's text if it is a scalar, otherwise reported.
    static func scalar(_ node: Node, _ what: String, _ log: AdapterDiagnosticLog) -> String? {
        guard case .scalar(let scalar) = node else {
            log.error("\(what) must be a single value, found \(kindName(node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// The node's items if it is a sequence, otherwise reported.
    static func sequence(_ node: Node, _ what: String, _ log: AdapterDiagnosticLog) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            log.error("\(what) must be a list, found \(kindName(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts (a single text is accepted as a list of one).
    static func strings(_ node: Node, _ what: String, _ log: AdapterDiagnosticLog) -> [String]? {
        if case .scalar(let scalar) = node { return [scalar.string] }
        guard let items = sequence(node, what, log) else { return nil }
        let texts = items.compactMap { scalar($0, "each item of \(what)", log) }
        return texts.count == items.count ? texts : nil
    }

    static func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
