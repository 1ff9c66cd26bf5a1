extension SourcePath {
    /// What a keys-only path finds when no step can branch.
    enum SingleValue {
        case found(SourceNode)
        case missing
        /// A step matched several XML elements: only ``evaluate(record:root:namespaces:)`` gives
        /// the full answer.
        case several
    }

    /// Follows a path of key steps without building intermediate lists. Gives the same result as
    /// ``evaluate(record:root:namespaces:)`` whenever it is not `.several`; callers must check
    /// ``isKeysOnly`` first.
    func singleValue(record: SourceNode, root: SourceNode?, namespaces: [String: String]) -> SingleValue {
        var node = fromRoot ? (root ?? record) : record
        for (position, step) in steps.enumerated() {
            guard case .key(let raw, let prefix, _) = step else { return .several }
            switch node {
            case .object(let object):
                guard let value = object[raw] else { return .missing }
                node = value
            case .element(let element):
                var uri: String?
                if let prefix {
                    // A prefix the adapter does not bind matches nothing.
                    guard let bound = namespaces[prefix] else { return .missing }
                    uri = bound
                }
                switch element.child(pathNameNumber: localNameNumbers[position], namespaceURI: uri) {
                case .none: return .missing
                case .several: return .several
                case .one(let match): node = .element(match)
                }
            default:
                return .missing
            }
        }
        return .found(node)
    }
}

extension SourceNode {
    /// The value of key `name` in an object, or the first child element named `name` in any
    /// namespace: what the one-step path `name` finds first.
    func firstChild(named name: String) -> SourceNode? {
        switch self {
        case .object(let object): return object[name]
        case .element(let element):
            var first: XMLElementNode?
            element.forEachChild(named: name) { child in
                first = child
                return false
            }
            return first.map(SourceNode.element)
        default: return nil
        }
    }
}
