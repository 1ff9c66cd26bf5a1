/// Where one canonical field's value comes from and how it is processed.
struct FieldSpec: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        case path(SourcePath)
        case firstNonEmpty([SourcePath])
        case paths([SourcePath])
        case constant(String)
        case none
    }

    var source: Source
    var transforms: [Transform]
    var map: [String: String]?
    var defaultValue: String?

    init(source: Source, transforms: [Transform] = [], map: [String: String]? = nil, defaultValue: String? = nil) {
        self.source = source
        self.transforms = transforms
        self.map = map
        self.defaultValue = defaultValue
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
