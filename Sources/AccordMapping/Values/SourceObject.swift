/// A JSON object (or a CSV row by column name): members in document order, looked up by key.
///
/// Records are small objects read once, so a list beats a dictionary: building one hashes every
/// key and allocates a table that is freed again right after mapping. Large objects get an index.
/// Lookups follow `Dictionary` semantics exactly (`String` equality; a later duplicate key wins).
struct SourceObject: Sendable {
    struct Member: Sendable {
        var key: String
        var value: SourceNode
        /// The key's `String.asciiLength`.
        var asciiLength: Int

        init(key: String, value: SourceNode, asciiLength: Int? = nil) {
            self.key = key
            self.value = value
            self.asciiLength = asciiLength ?? key.asciiLength
        }
    }

    /// Objects with more members than this get a hash index.
    static let indexThreshold = 32

    private let members: [Member]
    /// Key → position of its last occurrence, for large objects only.
    private let index: [String: Int]?

    init(_ members: [Member]) {
        self.members = members
        if members.count > Self.indexThreshold {
            var index = [String: Int](minimumCapacity: members.count)
            for (position, member) in members.enumerated() { index[member.key] = position }
            self.index = index
        } else {
            index = nil
        }
    }

    static let empty = SourceObject([])

    var isEmpty: Bool { members.isEmpty }

    /// The value of `key`; the last one when the key occurs more than once.
    subscript(key: String) -> SourceNode? {
        if let index { return index[key].map { members[$0].value } }
        let length = key.asciiLength
        var position = members.count
        while position > 0 {
            position -= 1
            let member = members[position]
            if String.mayBeEqual(asciiLength: length, member.asciiLength), member.key == key { return member.value }
        }
        return nil
    }
}
