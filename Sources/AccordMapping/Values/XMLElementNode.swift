/// One XML element of a record: a position in its record's ``XMLRecordStorage``.
///
/// A small value: paths, transforms and ``SourceNode`` copies share the record's storage; names,
/// text and children are read from it on demand.
struct XMLElementNode: Sendable {
    let storage: XMLRecordStorage
    let index: Int

    private var entry: XMLRecordStorage.Element { storage.elements[index] }

    /// The element's own character data (CDATA included), concatenated.
    var text: String {
        let current = entry
        if current.textStart < 0 { return String(decoding: storage.spilledText[index] ?? [], as: UTF8.self) }
        guard current.textStart < current.textEnd else { return "" }
        return String(decoding: storage.text[current.textStart ..< current.textEnd], as: UTF8.self)
    }

    var hasChildren: Bool { entry.firstChild >= 0 }

    /// The value of the attribute written `name` in the document (`id`, `xsi:type`).
    func attribute(_ name: String) -> String? {
        let current = entry
        // The last one wins, as in a dictionary built in document order.
        for position in stride(from: current.attributeEnd - 1, through: current.attributeStart, by: -1)
        where storage.attributes[position].name == name {
            return storage.attributes[position].value
        }
        return nil
    }

    /// The child elements in document order; `body` returns `false` to stop.
    func forEachChild(_ body: (XMLElementNode) -> Bool) {
        var child = entry.firstChild
        while child >= 0 {
            if !body(XMLElementNode(storage: storage, index: child)) { return }
            child = storage.elements[child].nextSibling
        }
    }

    /// What ``child(pathNameNumber:namespaceURI:)`` found.
    enum ChildMatch {
        case none
        case one(XMLElementNode)
        case several
    }

    /// The only child element whose local name has the ``PathNameRegistry`` number `pathNameNumber`,
    /// in namespace `namespaceURI` (any when `nil`): what a path step finds, compared by number.
    func child(pathNameNumber: Int, namespaceURI: String?) -> ChildMatch {
        guard pathNameNumber != PathNameRegistry.unused else { return .none }
        if index == 0, namespaceURI == nil {
            let table = storage.recordChildren
            let entry = pathNameNumber < table.count ? table[pathNameNumber] : 0
            return entry == 0 ? .none : entry < 0 ? .several : .one(XMLElementNode(storage: storage, index: entry - 1))
        }
        var found = -1
        let several = storage.elements.withUnsafeBufferPointer { elements -> Bool in
            var child = elements[index].firstChild
            while child >= 0 {
                if elements[child].pathNameNumber == pathNameNumber,
                   namespaceURI.map({ storage.names[elements[child].namespaceURI].string == $0 }) ?? true {
                    if found >= 0 { return true }
                    found = child
                }
                child = elements[child].nextSibling
            }
            return false
        }
        if several { return .several }
        return found < 0 ? .none : .one(XMLElementNode(storage: storage, index: found))
    }

    /// The child elements whose local name has the ``PathNameRegistry`` number `pathNameNumber`, in
    /// namespace `namespaceURI` (any when `nil`), in order; `body` returns `false` to stop.
    func forEachChild(pathNameNumber: Int, namespaceURI: String?, _ body: (XMLElementNode) -> Bool) {
        guard pathNameNumber != PathNameRegistry.unused else { return }
        var child = entry.firstChild
        while child >= 0 {
            let element = storage.elements[child]
            if element.pathNameNumber == pathNameNumber, namespaceURI.map({ storage.names[element.namespaceURI].string == $0 }) ?? true {
                if !body(XMLElementNode(storage: storage, index: child)) { return }
            }
            child = element.nextSibling
        }
    }

    /// The child elements named `local` in any namespace, in order; `body` returns `false` to stop.
    /// For names that are not path steps (``PathNameRegistry``), such as `value` in the
    /// `reference` transform.
    func forEachChild(named local: String, _ body: (XMLElementNode) -> Bool) {
        let length = local.asciiLength
        let elements = storage.elements
        var child = elements[index].firstChild
        while child >= 0 {
            let element = elements[child]
            if String.mayBeEqual(asciiLength: length, element.nameLength), storage.names[element.name].string == local {
                if !body(XMLElementNode(storage: storage, index: child)) { return }
            }
            child = element.nextSibling
        }
    }
}
