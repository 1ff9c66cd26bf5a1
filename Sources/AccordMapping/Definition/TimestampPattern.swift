/// A compiled date-time pattern (`yyyy-MM-dd HH:mm:ss`, `dd.MM.yyyy HH:mm`,
/// `yyyy-MM-dd'T'HH:mm:ss.SSSZ`), read strictly: every character must match.
struct TimestampPattern: Sendable, Hashable {
    enum Token: Sendable, Hashable {
        case year, month, day, hour, minute, second
        /// One or more fraction digits, all kept.
        case fraction
        /// `Z` or `+01:00`.
        case offsetExtended
        /// `Z` or `+0100`.
        case offsetBasic
        case literal(UInt8)
    }

    struct Failure: Error, Sendable {
        var message: String
    }

    var tokens: [Token]

    var hasOffset: Bool {
        tokens.contains { $0 == .offsetExtended || $0 == .offsetBasic }
    }

    /// Compiles `text`; letters other than the documented pattern letters are rejected.
    init(_ text: String) throws(Failure) {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var run = 1
            while index + run < bytes.count, bytes[index + run] == byte { run += 1 }
            switch (byte, run) {
            case (UInt8(ascii: "y"), 4): tokens.append(.year)
            case (UInt8(ascii: "M"), 2): tokens.append(.month)
            case (UInt8(ascii: "d"), 2): tokens.append(.day)
            case (UInt8(ascii: "H"), 2): tokens.append(.hour)
            case (UInt8(ascii: "m"), 2): tokens.append(.minute)
            case (UInt8(ascii: "s"), 2): tokens.append(.second)
            case (UInt8(ascii: "S"), _): tokens.append(.fraction)
            case (UInt8(ascii: "X"), 3): tokens.append(.offsetExtended)
            case (UInt8(ascii: "Z"), 1), (UInt8(ascii: "x"), 2): tokens.append(.offsetBasic)
            case (UInt8(ascii: "'"), _):
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "'") { end += 1 }
                guard end < bytes.count else { throw Failure(message: "unclosed quote in format '\(text)'") }
                tokens += bytes[(index + 1)..<end].map { .literal($0) }
                index = end + 1
                continue
            default:
                let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                if isLetter {
                    let letters = String(decoding: bytes[index..<(index + run)], as: UTF8.self)
                    throw Failure(message: "unknown pattern letters '\(letters)' in format '\(text)' (use yyyy, MM, dd, HH, mm, ss, S, XXX, Z; quote literal text)")
                }
                tokens += Array(repeating: .literal(byte), count: run)
            }
            index += run
        }
        guard tokens.contains(.year), tokens.contains(.month), tokens.contains(.day) else {
            throw Failure(message: "format '\(text)' must contain yyyy, MM and dd")
        }
        self.tokens = tokens
    }
}
