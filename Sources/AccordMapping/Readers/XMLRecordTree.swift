/// The state of ``XMLRecordReader`` between parser callbacks: the element path from the root down
/// to the record being read, and the record itself in an ``XMLRecordStorage``.
///
/// A struct the push parser mutates through one pointer with one call per callback (no
/// exclusivity checks at run time). Inside a record nothing is allocated per element: names are
/// indices into the parser's name table, text bytes go to one buffer, and the buffers are reused
/// from record to record (``XMLRecordBuilder``). Strings are made only for elements on the path outside records (a few
/// per document plus each record element) and for attributes.
struct XMLRecordTree {
    /// An element on the path from the root, outside any record (or the record element itself).
    private struct PathElement {
        var local: String
        var uri: String
    }

    private let locations: [[XMLRecordReader.Step]]
    private let limits: ReaderLimits
    /// The path from the root while outside records; inside a record it ends at the record element.
    private var path: [PathElement] = []
    private var depth = 0
    private var record = XMLRecordBuilder()
    /// The indices of the record's open elements, outermost first.
    private var open: [Int] = []
    private var recordLocation = 0
    private var elements = 0

    init(locations: [[XMLRecordReader.Step]], limits: ReaderLimits) {
        self.locations = locations
        self.limits = limits
    }

    /// Whether the parser is inside a record (and, at the end, whether the document ended in one).
    var isInsideRecord: Bool { !open.isEmpty }

    /// A start tag; returns the message of a limit it exceeds.
    mutating func start(_ tag: borrowing XMLStartTag) -> String? {
        elements += 1
        if elements > limits.maxElements { return "XML has more than \(limits.maxElements) elements (limit)" }
        if depth + 1 > limits.maxDepth { return "XML nesting is deeper than \(limits.maxDepth) levels (limit)" }
        depth += 1
        if let parent = open.last {
            open.append(append(tag, parent: parent))
            return nil
        }
        let name = tag.localName
        let uri = tag.namespaceURI
        path.append(PathElement(local: name.string, uri: uri))
        if let location = matchingLocation() {
            recordLocation = location
            record.removeAll()
            open.append(append(tag, parent: nil))
        }
        return nil
    }

    /// An end tag; returns the record and its location index when it closes one. `names` is the
    /// parser's name table, which the record's storage shares (read only when a record ends: a copy
    /// held from one start tag to the next would make every new name copy the whole table).
    mutating func end(names: @autoclosure () -> [XMLName]) -> (location: Int, record: XMLElementNode)? {
        depth -= 1
        guard let closed = open.popLast() else {
            path.removeLast()
            return nil
        }
        guard open.isEmpty else { return nil }
        path.removeLast()
        return (recordLocation, XMLElementNode(storage: record.storage(names: names()), index: closed))
    }

    /// Character data (text or CDATA) of the innermost open record element, if any.
    mutating func characters(_ data: borrowing XMLCharacterData) {
        guard let innermost = open.last else { return }
        record.appendText(to: innermost) { data.append(to: &$0) }
    }

    private mutating func append(_ tag: borrowing XMLStartTag, parent: Int?) -> Int {
        let attributeStart = record.attributeCount
        tag.forEachAttribute { name, value in record.appendAttribute(name: name, value: value) }
        let name = tag.localNameIndex
        return record.appendElement(
            name: name, named: tag.name(at: name), namespaceURI: tag.namespaceURIIndex,
            attributeStart: attributeStart, parent: parent
        )
    }

    private func matchingLocation() -> Int? {
        locations.firstIndex { steps in
            steps.count == path.count && zip(steps, path).allSatisfy { step, element in
                (step.local == nil || step.local == element.local) && (step.namespaceURI == nil || step.namespaceURI == element.uri)
            }
        }
    }
}
