/// A compiled path into a supplier document (`result[*].sys_id`, `ns:Body/ns:Item/@id`,
/// `values["Incident Number"]`); the syntax is in `docs/ADAPTERS.md`.
struct SourcePath: Sendable, Hashable, CustomStringConvertible {
    enum Step: Sendable, Hashable {
        /// A key in an object or an element name; `prefix` is the XML namespace prefix, if any.
        case key(String, prefix: String?, local: String)
        case index(Int)
        case wildcard
        case attribute(String)
        case text
        /// `[?key=value]`: the items of a list (or the repeated elements) whose child `key` (or
        /// attribute, `@key`) has exactly the text `value`.
        case filter(key: String, value: String)
    }

    /// Whether the path starts at the document root (`$`) rather than the record.
    var fromRoot: Bool
    let steps: [Step]
    /// The text as written in the adapter.
    var description: String

    /// Whether every step is a key (`a.b.c`), which ``singleValue(record:root:namespaces:)`` reads
    /// without building intermediate lists.
    let isKeysOnly: Bool
    /// For each step, the ``PathNameRegistry`` number of a key's local name (``PathNameRegistry/unused``
    /// for other steps), which XML element lookups compare instead of the name.
    let localNameNumbers: [Int]

    init(fromRoot: Bool, steps: [Step], description: String) {
        self.fromRoot = fromRoot
        self.steps = steps
        self.description = description
        localNameNumbers = steps.map { step in
            if case .key(_, _, let local) = step { return PathNameRegistry.register(local) }
            return PathNameRegistry.unused
        }
        isKeysOnly = steps.allSatisfy { step in
            if case .key = step { return true }
            return false
        }
    }

    /// Whether the path can yield more than one value.
    var isMultiValued: Bool {
        steps.contains { step in
            if case .filter = step { return true }
            return step == .wildcard
        }
    }

    /// The namespace prefixes the path uses.
    var prefixes: [String] {
        steps.compactMap { step in
            if case .key(_, let prefix?, _) = step { return prefix }
            return nil
        }
    }
}
