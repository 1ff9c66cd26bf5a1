/// The state of ``XMLRecordReader`` between parser callbacks: the element path from the root and
/// the open elements of the record being read.
///
/// A struct the reader mutates with one call per callback: each access to a class's stored
/// property is an exclusivity check at run time, and the reader sees several callbacks per element.
struct XMLRecordTree {
    /// An element on the path from the root.
    private struct PathElement {
        var local: String
        var uri: String
    }

    /// An element whose end tag has not been read yet.
    private struct OpenElement {
        var localName: String
        var namespaceURI: String
        var attributes: [String: String]
        var children: [XMLElementNode] = []
        var text = ""

        consuming func finished() -> XMLElementNode {
            XMLElementNode(localName: localName, namespaceURI: namespaceURI, attributes: attributes, children: children, text: text)
        }
    }

    private let locations: [[XMLRecordReader.Step]]
    private let limits: ReaderLimits
    private var path: [PathElement] = []
    /// The open elements of the record being read, outermost first.
    private var building: [OpenElement] = []
    private var recordLocation = 0
    private var elements = 0

    init(locations: [[XMLRecordReader.Step]], limits: ReaderLimits) {
        self.locations = locations
        self.limits = limits
    }

    /// Whether the document ended inside a record.
    var isInsideRecord: Bool { !building.isEmpty }

    /// A start tag; returns the message of a limit it exceeds.
    mutating func start(local: String, uri: String, attributes: [String: String]) -> String? {
        elements += 1
        if elements > limits.maxElements { return "XML has more than \(limits.maxElements) elements (limit)" }
        if path.count + 1 > limits.maxDepth { return "XML nesting is deeper than \(limits.maxDepth) levels (limit)" }
        path.append(PathElement(local: local, uri: uri))
        if !building.isEmpty {
            building.append(OpenElement(localName: local, namespaceURI: uri, attributes: attributes))
        } else if let location = matchingLocation() {
            recordLocation = location
            building.append(OpenElement(localName: local, namespaceURI: uri, attributes: attributes))
        }
        return nil
    }

    /// An end tag; returns the record and its location index when it closes one.
    mutating func end() -> (location: Int, record: XMLElementNode)? {
        path.removeLast()
        guard let open = building.popLast() else { return nil }
        let finished = open.finished()
        if building.isEmpty { return (recordLocation, finished) }
        building[building.count - 1].children.append(finished)
        return nil
    }

    /// Character data (text or CDATA) of the innermost open record element, if any.
    mutating func characters(_ text: String) {
        guard !building.isEmpty else { return }
        building[building.count - 1].text += text
    }

    private func matchingLocation() -> Int? {
        locations.firstIndex { steps in
            steps.count == path.count && zip(steps, path).allSatisfy { step, element in
                (step.local == nil || step.local == element.local) && (step.namespaceURI == nil || step.namespaceURI == element.uri)
            }
        }
    }
}
