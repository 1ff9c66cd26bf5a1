/// The elements of one XML record, stored flat: one array of fixed-size entries, one buffer with
/// every element's text bytes and one list of attributes, instead of an object and strings per
/// element. ``XMLElementNode`` is a position in it.
///
/// Immutable (`let` properties: reading them needs no exclusivity checks). ``XMLRecordBuilder``
/// fills the arrays and hands them over when the record ends; once this storage is released,
/// the builder reuses the same buffers for the next record.
final class XMLRecordStorage: Sendable {
    /// One element. Children follow their parent in document order, linked by `nextSibling`.
    struct Element: Sendable {
        /// Index of the local name in ``XMLRecordStorage/names``.
        var name: Int
        /// The local name's ``String/asciiLength``.
        var nameLength: Int
        /// The local name's ``PathNameRegistry`` number.
        var pathNameNumber: Int
        /// Index of the namespace URI in ``XMLRecordStorage/names`` (the empty string when in no namespace).
        var namespaceURI: Int
        var firstChild = -1
        var lastChild = -1
        var nextSibling = -1
        /// The element's own character data, `text[textStart ..< textEnd]`; a `textStart` of -1
        /// means it is `spilledText[index]` instead.
        var textStart: Int
        var textEnd: Int
        /// The element's attributes, `attributes[attributeStart ..< attributeEnd]`.
        var attributeStart: Int
        var attributeEnd: Int
    }

    /// An attribute by the name written in the document (`id`, `xsi:type`).
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    /// The record element is the first.
    let elements: [Element]
    /// The record element's children by ``PathNameRegistry`` number: the child's index + 1, 0 for
    /// none, -1 for several; numbers past the end have none. Most paths start at the record
    /// element, so their first step is one array read instead of a walk over the children.
    let recordChildren: [Int]
    let text: [UInt8]
    /// The text of elements whose `textStart` is -1, by element index.
    let spilledText: [Int: [UInt8]]
    let attributes: [Attribute]
    /// Element names and namespace URIs of the document by index, as far as the reader had seen
    /// them when the record ended.
    let names: [XMLName]

    init(elements: [Element], recordChildren: [Int], text: [UInt8], spilledText: [Int: [UInt8]], attributes: [Attribute], names: [XMLName]) {
        self.elements = elements
        self.recordChildren = recordChildren
        self.text = text
        self.spilledText = spilledText
        self.attributes = attributes
        self.names = names
    }
}
