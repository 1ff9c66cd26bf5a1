import Synchronization

/// The names that adapter paths use, each known by a small number for the whole process.
///
/// ``SourcePath`` registers the local names of its steps when it is made (adapter loading); the
/// XML reader looks each distinct element name of a document up once. Matching a path step
/// against an element then compares two integers instead of two strings. Names are added only
/// by paths, never by documents, so the table stays as small as the adapters loaded.
/// Numbers follow `String` equality, as `Dictionary` keys do.
enum PathNameRegistry {
    /// The number of a document name that no path uses: it matches no step.
    static let unused = -1

    private static let numbers = Mutex<[String: Int]>([:])

    /// The number of `name`, registering it when it is new.
    static func register(_ name: String) -> Int {
        numbers.withLock { numbers in
            if let number = numbers[name] { return number }
            let number = numbers.count
            numbers[name] = number
            return number
        }
    }

    /// The number of `name` when a path uses it, else ``unused``.
    static func number(of name: String) -> Int {
        numbers.withLock { $0[name] } ?? unused
    }
}
