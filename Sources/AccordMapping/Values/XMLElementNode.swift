/// One XML element of a record subtree: its qualified name, attributes, child elements and text.
///
/// An immutable class: paths, transforms and ``SourceNode`` copies share one element instead of
/// copying its strings and child list at every step, and reading `let` properties needs no
/// exclusivity checks. ``XMLRecordTree`` makes it once the end tag has been read.
final class XMLElementNode: Sendable {
    let localName: String
    /// `localName.asciiLength`, for quick name lookups.
    let localNameASCIILength: Int
    /// The namespace URI, empty when the element is in no namespace.
    let namespaceURI: String
    /// Attributes by the name written in the document (`id`, `xsi:type`).
    let attributes: [String: String]
    let children: [XMLElementNode]
    /// `children[i].localNameASCIILength` for each child: name lookups skip children of another
    /// length without touching (retaining) them.
    private let childNameLengths: [Int]
    /// The element's own character data (CDATA included), concatenated.
    let text: String

    /// `localNameASCIILength` is `localName.asciiLength` when the caller knows it already.
    init(
        localName: String, localNameASCIILength: Int? = nil, namespaceURI: String, attributes: [String: String],
        children: [XMLElementNode] = [], text: String = ""
    ) {
        self.localName = localName
        self.localNameASCIILength = localNameASCIILength ?? localName.asciiLength
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        childNameLengths = children.map(\.localNameASCIILength)
        self.text = text
    }

    /// The child elements named `local`, in namespace `namespaceURI` (any when `nil`), in order;
    /// `body` returns `false` to stop.
    ///
    /// `asciiLength` is `local.asciiLength` when the caller knows it already.
    func forEachChild(named local: String, asciiLength: Int? = nil, namespaceURI: String?, _ body: (XMLElementNode) -> Bool) {
        let length = asciiLength ?? local.asciiLength
        for index in childNameLengths.indices where String.mayBeEqual(asciiLength: length, childNameLengths[index]) {
            let child = children[index]
            guard child.localName == local else { continue }
            if let namespaceURI, child.namespaceURI != namespaceURI { continue }
            if !body(child) { return }
        }
    }
}
