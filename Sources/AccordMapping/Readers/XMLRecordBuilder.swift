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
        attributes.removeAll(keepingCapacity: true)
    }

    /// The index the next attribute will get.
    var attributeCount: Int { attributes.count }

    mutating func appendAttribute(name: String, value: String) {
        attributes.append(XMLRecordStorage.Attribute(name: name, value: value))
    }

    /// Adds an element as the last child of `parent` (`nil` for the record element, which comes
    /// first after ``removeAll()``); its attributes are those appended from `attributeStart` on.
    /// Returns its index.
    mutating func appendElement(name: Int, of names: [XMLName], namespaceURI: Int, attributeStart: Int, parent: Int?) -> Int {
        let index = elements.count
        let number = names[name].pathNameNumber
        elements.append(XMLRecordStorage.Element(
            name: name, nameLength: names[name].asciiLength, pathNameNumber: number, namespaceURI: namespaceURI,
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

    /// Appends character data to element `index`'s text through `append`. The text stays one
    /// contiguous range: when a child's text came in between (mixed content), the text so far
    /// moves to the end first.
    mutating func appendText(to index: Int, _ append: (inout [UInt8]) -> Void) {
        let element = elements[index]
        if element.textEnd != text.count {
            let moved = text.count
            if element.textStart < element.textEnd { text.append(contentsOf: text[element.textStart ..< element.textEnd]) }
            elements[index].textStart = moved
        }
        append(&text)
        elements[index].textEnd = text.count
    }

    /// The finished record, sharing the arrays with this builder until its next change.
    func storage(names: [XMLName]) -> XMLRecordStorage {
        XMLRecordStorage(elements: elements, recordChildren: recordChildren, text: text, attributes: attributes, names: names)
    }
}
