/// Evaluates field specs against one record: source, transforms, default and value map.
struct FieldEvaluator {
    let record: SourceNode
    let root: SourceNode?
    let namespaces: [String: String]

    /// The value before the value map (source, transforms, default).
    func unmapped(_ spec: FieldSpec) throws(FieldFailure) -> MappedValue {
        var value = MappedValue.none
        if case .firstNonEmpty(let paths) = spec.source {
            // Transforms run per candidate, so `{display_value: "", value: ""}` counts as empty.
            for path in paths {
                value = try transformed(values(path), spec.transforms)
                if !value.isEmpty { break }
            }
        } else {
            value = try transformed(read(spec.source), spec.transforms)
        }
        if value.isEmpty, let defaultValue = spec.defaultValue { value = .text(defaultValue) }
        return value
    }

    /// The value after the value map.
    func mapped(_ spec: FieldSpec, unmapped value: MappedValue) -> MappedValue {
        guard let map = spec.map else { return value }
        switch value {
        case .text(let text):
            if let target = map[text] { return .text(target) }
            // A value the map does not name: `otherwise` if it gives one, else `default`, else the value.
            if let otherwise = spec.otherwise, let fallback = try? evaluate(otherwise), !fallback.isEmpty { return fallback }
            return spec.defaultValue.map(MappedValue.text) ?? value
        case .list(let items): return .list(items.map { mapped(spec, unmapped: $0) })
        default: return value
        }
    }

    /// The value of a spec after everything.
    func evaluate(_ spec: FieldSpec) throws(FieldFailure) -> MappedValue {
        mapped(spec, unmapped: try unmapped(spec))
    }

    private func transformed(_ value: MappedValue, _ transforms: [Transform]) throws(FieldFailure) -> MappedValue {
        var value = value
        for transform in transforms {
            value = try apply(transform, to: value)
        }
        return value
    }

    private func values(_ path: SourcePath) -> MappedValue {
        if path.isKeysOnly {
            switch path.singleValue(record: record, root: root, namespaces: namespaces) {
            case .found(let node): return MappedValue(node)
            case .missing: return .none
            case .several: break
            }
        }
        let nodes = path.evaluate(record: record, root: root, namespaces: namespaces)
        if nodes.isEmpty { return .none }
        if nodes.count == 1 && !path.isMultiValued { return MappedValue(nodes[0]) }
        return .list(nodes.map(MappedValue.init))
    }

    private func read(_ source: FieldSpec.Source) -> MappedValue {
        switch source {
        case .none: return .none
        case .constant(let text): return .text(text)
        case .path(let path): return values(path)
        case .firstNonEmpty(let paths):
            for path in paths {
                let value = values(path)
                if !value.isEmpty { return value }
            }
            return .none
        case .paths(let paths):
            return .list(paths.map(values).filter { !$0.isEmpty })
        }
    }
}
