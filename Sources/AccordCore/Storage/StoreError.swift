/// Errors every store implementation reports the same way.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The write contradicts something already stored (a duplicate key with different content).
    case conflict(String)
    /// Stored data could not be turned back into domain values.
    case corrupt(String)
    /// The storage backend cannot be reached.
    case unavailable(String)

    public var description: String {
        switch self {
        case .conflict(let what): "conflict: \(what)"
        case .corrupt(let what): "corrupt stored data: \(what)"
        case .unavailable(let what): "store unavailable: \(what)"
        }
    }
}
