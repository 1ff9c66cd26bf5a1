import AccordCore

/// One part of an identifier set: an identifier kind, an attribute, the record's name or its supplier.
///
/// Written in `cmdb.yaml` as `serialNumber`, `attribute:domain`, `name` or `supplier`.
public enum IdentifierElement: Sendable, Hashable, CustomStringConvertible {
    case identifier(IdentifierKind)
    case attribute(String)
    /// The record's name (or its `name` identifier when the name is empty).
    case name
    /// The supplier that reported the record (for CIs only meaningful within one supplier).
    case supplier

    /// Parses the `cmdb.yaml` spelling.
    public init(text: String) {
        if text == "name" {
            self = .name
        } else if text == "supplier" {
            self = .supplier
        } else if text.hasPrefix("attribute:") {
            self = .attribute(String(text.dropFirst("attribute:".count)))
        } else {
            self = .identifier(IdentifierKind(text))
        }
    }

    public var description: String {
        switch self {
        case .identifier(let kind): kind.rawValue
        case .attribute(let name): "attribute:" + name
        case .name: "name"
        case .supplier: "supplier"
        }
    }
}
