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
            case .key(let raw, let prefix, let local):
                let following = index + 1 < steps.count ? steps[index + 1] : nil
                var consumedFollowing = false
                for node in current {
                    switch node {
                    case .object(let object):
                        if let value = object[raw] { next.append(value) }
                    case .element(let element):
                        let uri = prefix.flatMap { namespaces[$0] }
                        let matches = element.children.filter { child in
                            child.localName == local && (prefix == nil || child.namespaceURI == uri)
                        }
                        switch following {
                        case .index(let position):
                            consumedFollowing = true
                            if position < matches.count { next.append(.element(matches[position])) }
                        case .wildcard:
                            consumedFollowing = true
                            next.append(contentsOf: matches.map { .element($0) })
                        default:
                            next.append(contentsOf: matches.map { .element($0) })
                        }
                    default:
                        break
                    }
                }
                if consumedFollowing { index += 1 }
            case .index(let position):
                for case .array(let items) in current where position < items.count {
                    next.append(items[position])
                }
            case .wildcard:
                for node in current {
                    switch node {
                    case .array(let items): next.append(contentsOf: items)
                    case .element(let element): next.append(contentsOf: element.children.map { .element($0) })
                    default: break
                    }
                }
            case .attribute(let name):
                for node in current {
                    switch node {
                    case .element(let element): if let value = element.attributes[name] { next.append(.string(value)) }
                    // JSON keys such as "@type" and "@odata.type" read the same way.
                    case .object(let object): if let value = object["@" + name] { next.append(value) }
                    default: break
                    }
                }
            case .text:
                for case .element(let element) in current {
                    next.append(.string(element.text))
                }
            }
            current = next
            index += 1
        }
        return current
    }
}
