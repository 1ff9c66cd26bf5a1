/// The state of ``XMLRecordReader`` between parser callbacks: the element path from the root down
/// to the record being read, and the open elements of that record.
///
/// A struct the push parser mutates through one pointer with one call per callback (no
/// exclusivity checks at run time). Strings are made only for elements on the path outside
/// records (a few per document plus each record element) and for everything inside a record.
struct XMLRecordTree {
    /// An element on the path from the root, outside any record (or the record element itself).
    private struct PathElement {
        var local: String
        var uri: String
    }

    /// An element whose end tag has not been read yet. Its finished children are the end of
    /// ``XMLRecordTree/finishedChildren`` from `firstChild` on, so each element's child list is
    /// allocated once, at its exact size, when its end tag is read.
    private struct OpenElement {
        var name: XMLName
        var namespaceURI: String
        var attributes: [String: String]
        var firstChild: Int
        var text = ""
    }

    private let locations: [[XMLRecordReader.Step]]
    private let limits: ReaderLimits
    /// The path from the root while outside records; inside a record it ends at the record element.
    private var path: [PathElement] = []
    private var depth = 0
    /// The open elements of the record being read, outermost first.
    private var building: [OpenElement] = []
    /// Finished elements of the record whose parent is still open, in document order.
    private var finishedChildren: [XMLElementNode] = []
    private var recordLocation = 0
    private var elements = 0

    init(locations: [[XMLRecordReader.Step]], limits: ReaderLimits) {
        self.locations = locations
        self.limits = limits
    }

    /// Whether the parser is inside a record (and, at the end, whether the document ended in one).
    var isInsideRecord: Bool { !building.isEmpty }

    /// A start tag; returns the message of a limit it exceeds.
    mutating func start(_ tag: borrowing XMLStartTag) -> String? {
        elements += 1
        if elements > limits.maxElements { return "XML has more than \(limits.maxElements) elements (limit)" }
        if depth + 1 > limits.maxDepth { return "XML nesting is deeper than \(limits.maxDepth) levels (limit)" }
        depth += 1
        if !building.isEmpty {
            building.append(OpenElement(
                name: tag.localName, namespaceURI: tag.namespaceURI, attributes: tag.attributes, firstChild: finishedChildren.count
            ))
            return nil
        }
        let name = tag.localName
        let uri = tag.namespaceURI
        path.append(PathElement(local: name.string, uri: uri))
        if let location = matchingLocation() {
            recordLocation = location
            building.append(OpenElement(name: name, namespaceURI: uri, attributes: tag.attributes, firstChild: finishedChildren.count))
        }
        return nil
    }

    /// An end tag; returns the record and its location index when it closes one.
    mutating func end() -> (location: Int, record: XMLElementNode)? {
        depth -= 1
        guard !building.isEmpty else {
            path.removeLast()
            return nil
        }
        let open = building.removeLast()
        var children: [XMLElementNode] = []
        if open.firstChild < finishedChildren.count {
            children = Array(finishedChildren[open.firstChild...])
            finishedChildren.removeLast(finishedChildren.count - open.firstChild)
        }
        let finished = XMLElementNode(
            localName: open.name.string, localNameASCIILength: open.name.asciiLength, namespaceURI: open.namespaceURI,
            attributes: open.attributes, children: children, text: open.text
        )
        if building.isEmpty {
            path.removeLast()
            return (recordLocation, finished)
        }
        finishedChildren.append(finished)
        return nil
    }

    /// Character data (text or CDATA) of the innermost open record element, if any.
    mutating func characters(_ data: borrowing XMLCharacterData) {
        guard !building.isEmpty else { return }
        let last = building.count - 1
        if building[last].text.isEmpty {
            building[last].text = data.string
        } else {
            building[last].text += data.string
        }
    }

    private func matchingLocation() -> Int? {
        locations.firstIndex { steps in
            steps.count == path.count && zip(steps, path).allSatisfy { step, element in
                (step.local == nil || step.local == element.local) && (step.namespaceURI == nil || step.namespaceURI == element.uri)
            }
        }
    }
}
