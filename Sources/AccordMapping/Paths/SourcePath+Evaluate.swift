extension SourcePath {
    /// Every value the path finds under `record` (or under `root` for `$` paths), in document order.
    ///
    /// `namespaces` maps the adapter's prefixes to URIs; an unprefixed step matches an XML element
    /// with that local name in any namespace.
    func evaluate(record: SourceNode, root: SourceNode?, namespaces: [String: String]) -> [SourceNode] {
        let start = fromRoot ? (root ?? record) : record
        var current: [SourceNode] = [start]
        var index = 0
        while index < steps.count, !current.isEmpty {
            let step = steps[index]
            var next: [SourceNode] = []
            switch step {
            case .key(let raw, let prefix, _):
                let following = index + 1 < steps.count ? steps[index + 1] : nil
                var consumedFollowing = false
                for node in current {
                    switch node {
                    case .object(let object):
                        if let value = object[raw] { next.append(value) }
                    case .element(let element):
                        let uri = prefix.flatMap { namespaces[$0] }
                        // A prefix the adapter does not bind matches nothing.
                        if prefix != nil, uri == nil { break }
                        var position = 0
                        switch following {
                        case .index(let wanted):
                            consumedFollowing = true
                            element.forEachChild(pathNameNumber: localNameNumbers[index], namespaceURI: uri) { child in
                                if position == wanted { next.append(.element(child)) }
                                position += 1
                                return position <= wanted
                            }
                        default:
                            if following == .wildcard { consumedFollowing = true }
                            element.forEachChild(pathNameNumber: localNameNumbers[index], namespaceURI: uri) { child in
                                next.append(.element(child))
                                return true
                            }
                        }
                    default:
                        break
                    }
                }
                if consumedFollowing { index += 1 }
            case .index(let position):
                if index > 0, case .filter = steps[index - 1] {
                    // `a[?k=v][0]`: the first of the items the filter kept.
                    if position < current.count { next.append(current[position]) }
                } else {
                    for case .array(let items) in current where position < items.count {
                        next.append(items[position])
                    }
                }
            case .wildcard:
                for node in current {
                    switch node {
                    case .array(let items): next.append(contentsOf: items)
                    case .element(let element):
                        element.forEachChild { child in
                            next.append(.element(child))
                            return true
                        }
                    default: break
                    }
                }
            case .attribute(let name):
                for node in current {
                    switch node {
                    case .element(let element): if let value = element.attribute(name) { next.append(.string(value)) }
                    // JSON keys such as "@type" and "@odata.type" read the same way.
                    case .object(let object): if let value = object["@" + name] { next.append(value) }
                    default: break
                    }
                }
            case .text:
                for case .element(let element) in current {
                    next.append(.string(element.text))
                }
            case .filter(let key, let value):
                for node in current {
                    if case .array(let items) = node {
                        next.append(contentsOf: items.filter { Self.holds($0, key: key, value: value) })
                    } else if Self.holds(node, key: key, value: value) {
                        next.append(node)
                    }
                }
            }
            current = next
            index += 1
        }
        return current
    }

    /// Whether `node`'s child `key` (attribute for `@key`) has exactly the text `value`.
    private static func holds(_ node: SourceNode, key: String, value: String) -> Bool {
        if key.hasPrefix("@") {
            let name = String(key.dropFirst())
            switch node {
            case .element(let element): return element.attribute(name) == value
            case .object(let object): return object[key]?.scalarText == value
            default: return false
            }
        }
        return node.firstChild(named: key)?.scalarText == value
    }
}
