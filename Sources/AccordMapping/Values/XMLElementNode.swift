/// One XML element of a record subtree: its qualified name, attributes, child elements and text.
struct XMLElementNode: Sendable {
    var localName: String
    /// The namespace URI, empty when the element is in no namespace.
    var namespaceURI: String
    /// Attributes by the name written in the document (`id`, `xsi:type`).
    var attributes: [String: String]
    var children: [XMLElementNode]
    /// The element's own character data (CDATA included), concatenated.
    var text: String

    init(localName: String, namespaceURI: String, attributes: [String: String]) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = []
        self.text = ""
    }
}
