/// Collects the elements, text and attributes of the record being read into the flat arrays of
/// an ``XMLRecordStorage``.
///
/// The arrays are handed to the storage by reference when the record ends; when the next record
/// starts, ``removeAll()`` empties them in place as long as that storage has been released
/// (the usual case: a record is mapped before the parser goes on), so a document of any length
/// allocates them about once.
struct XMLRecordBuilder {
    private var elements: [XMLRecordStorage.Element] = []
    /// ``XMLRecordStorage/recordChildren``; only the previous record's entries are cleared.
    private var recordChildren: [Int] = []
    private var text: [UInt8] = []
    /// The text of elements whose character data came in several runs with other text between
    /// them (mixed content, indented child elements), by element index.
    private var spilledText: [Int: [UInt8]] = [:]
    private var attributes: [XMLRecordStorage.Attribute] = []

    /// Forgets the previous record, keeping the arrays' capacity.
    mutating func removeAll() {
        var child = elements.first?.firstChild ?? -1
        while child >= 0 {
            let number = elements[child].pathNameNumber
            if number != PathNameRegistry.unused { recordChildren[number] = 0 }
            child = elements[child].nextSibling
        }
        elements.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        if !spilledText.isEmpty { spilledText.removeAll() }
        attributes.removeAll(keepingCapacity: true)
    }

    /// The index the next attribute will get.
    var attributeCount: Int { attributes.count }

    mutating func appendAttribute(name: String, value: String) {
        attributes.append(XMLRecordStorage.Attribute(name: name, value: value))
    }

    /// Adds an element as the last child of `parent` (`nil` for the record element, which comes
    /// first after ``removeAll()``); `name` is the index of `local` in the document's name table.
    /// Its attributes are those appended from `attributeStart` on. Returns its index.
    mutating func appendElement(name: Int, named local: XMLName, namespaceURI: Int, attributeStart: Int, parent: Int?) -> Int {
        let index = elements.count
        let number = local.pathNameNumber
        elements.append(XMLRecordStorage.Element(
            name: name, nameLength: local.asciiLength, pathNameNumber: number, namespaceURI: namespaceURI,
            textStart: text.count, textEnd: text.count,
            attributeStart: attributeStart, attributeEnd: attributes.count
        ))
        if parent == 0, number != PathNameRegistry.unused {
            if number >= recordChildren.count { recordChildren += repeatElement(0, count: number + 1 - recordChildren.count) }
            recordChildren[number] = recordChildren[number] == 0 ? index + 1 : -1
        }
        if let parent {
            let previous = elements[parent].lastChild
            if previous < 0 { elements[parent].firstChild = index } else { elements[previous].nextSibling = index }
            elements[parent].lastChild = index
        }
        return index
    }

    /// Appends character data to element `index`'s text through `append`.
    ///
    /// While the element's text is the end of the text buffer it grows there. When other text came
    /// in between (a child's), the element's text moves once to a buffer of its own and grows there:
    /// moving it to the end of the shared buffer each time would copy it once per child, quadratic
    /// in a record with many children between runs of text.
    mutating func appendText(to index: Int, _ append: (inout [UInt8]) -> Void) {
        let element = elements[index]
        if element.textStart < 0 {
            append(&spilledText[index, default: []])
            return
        }
        if element.textEnd != text.count {
            guard element.textStart == element.textEnd else {
                var own = Array(text[element.textStart ..< element.textEnd])
                append(&own)
                spilledText[index] = own
                elements[index].textStart = -1
                return
            }
            elements[index].textStart = text.count
        }
        append(&text)
        elements[index].textEnd = text.count
    }

    /// The finished record, sharing the arrays with this builder until its next change.
    func storage(names: [XMLName]) -> XMLRecordStorage {
        XMLRecordStorage(
            elements: elements, recordChildren: recordChildren, text: text, spilledText: spilledText, attributes: attributes, names: names
        )
    }
}
