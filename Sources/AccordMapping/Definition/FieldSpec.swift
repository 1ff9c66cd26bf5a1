/// Where one canonical field's value comes from and how it is processed.
///
/// An immutable class compared by value: every record reads every spec, and handing a struct of
/// four reference-counted members around cost four retains and releases per field and record.
final class FieldSpec: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        case path(SourcePath)
        case firstNonEmpty([SourcePath])
        case paths([SourcePath])
        case constant(String)
        case none
    }

    let source: Source
    let transforms: [Transform]
    let map: [String: String]?
    let defaultValue: String?
    /// Read when `map` has no entry for the value (Jira's status category for a workflow status
    /// the map does not name); its own value, after its own map, is the field's.
    let otherwise: FieldSpec?

    init(source: Source, transforms: [Transform] = [], map: [String: String]? = nil, defaultValue: String? = nil, otherwise: FieldSpec? = nil) {
        self.source = source
        self.transforms = transforms
        self.map = map
        self.defaultValue = defaultValue
        self.otherwise = otherwise
    }

    static func == (lhs: FieldSpec, rhs: FieldSpec) -> Bool {
        lhs === rhs || (lhs.source == rhs.source && lhs.transforms == rhs.transforms && lhs.map == rhs.map && lhs.defaultValue == rhs.defaultValue
            && lhs.otherwise == rhs.otherwise)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(transforms)
        hasher.combine(map)
        hasher.combine(defaultValue)
        hasher.combine(otherwise)
    }

    /// Every path the spec reads.
    var paths: [SourcePath] {
        switch source {
        case .path(let path): [path]
        case .firstNonEmpty(let paths), .paths(let paths): paths
        case .constant, .none: []
        }
    }
}
