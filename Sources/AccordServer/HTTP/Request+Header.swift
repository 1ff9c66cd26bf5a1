import Hummingbird

extension Request {
    /// The first value of the header `name` (case-insensitive), if present.
    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.canonicalName == lowered }?.value
    }
}
