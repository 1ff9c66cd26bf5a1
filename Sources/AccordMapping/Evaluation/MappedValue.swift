/// A field's value while it is being mapped: read from the source, then transformed.
enum MappedValue: Sendable {
    case none
    case text(String)
    case list([MappedValue])
    /// A structure (object, list of objects, element with children) not yet reduced to a value.
    case node(SourceNode)
    case instant(CanonicalInstant)

    init(_ node: SourceNode) {
        switch node {
        case .null: self = .none
        case .array(let items): self = .list(items.map(MappedValue.init))
        default:
            if let text = node.scalarText { self = .text(text) } else { self = .node(node) }
        }
    }

    /// Whether the value counts as missing (nothing, empty text, empty list).
    var isEmpty: Bool {
        switch self {
        case .none: true
        case .text(let text): text.isEmpty
        case .list(let items): items.allSatisfy(\.isEmpty)
        case .node, .instant: false
        }
    }

    /// A short rendering of the value for diagnostics.
    var shown: String? {
        switch self {
        case .none: nil
        case .text(let text): text
        case .instant(let instant): instant.description
        case .list(let items): "[" + items.compactMap(\.shown).joined(separator: ", ") + "]"
        case .node(let node): "(\(node.kindName))"
        }
    }
}

/// Why one field of one record could not be mapped.
struct FieldFailure: Error, Sendable {
    var message: String
    var value: String?
}
