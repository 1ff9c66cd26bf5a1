/// One XML element of a record subtree: its qualified name, attributes, child elements and text.
///
/// An immutable class: paths, transforms and ``SourceNode`` copies share one element instead of
/// copying its strings and child list at every step, and reading `let` properties needs no
/// exclusivity checks. ``XMLRecordReader`` makes it once the end tag has been read.
final class XMLElementNode: Sendable {
    let localName: String
    /// The namespace URI, empty when the element is in no namespace.
    let namespaceURI: String
    /// Attributes by the name written in the document (`id`, `xsi:type`).
    let attributes: [String: String]
    let children: [XMLElementNode]
    /// The element's own character data (CDATA included), concatenated.
    let text: String

    init(localName: String, namespaceURI: String, attributes: [String: String], children: [XMLElementNode] = [], text: String = "") {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.text = text
    }
}
