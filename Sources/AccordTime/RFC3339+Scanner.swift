import BusinessTime

extension RFC3339 {
    /// A forward-only reader over ASCII bytes.
    struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func next() -> UInt8? {
            guard let byte = peek else { return nil }
            index += 1
            return byte
        }

        /// Consumes `character` if it comes next.
        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard peek == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        /// Exactly `count` ASCII digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index ..< index + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }

        /// One or more ASCII digits as text.
        mutating func digitRun() -> String? {
            let start = index
            while let byte = peek, (48...57).contains(byte) { index += 1 }
            return index > start ? String(decoding: bytes[start ..< index], as: UTF8.self) : nil
        }
    }

    /// A date as written, checked against the proleptic Gregorian calendar.
    struct LocalDateParts {
        var year: Int
        var month: Int
        var day: Int

        /// Days since 1970-01-01, or `nil` when the date does not exist (or the year is 0000).
        var daysSinceEpoch: Int? { LocalDate(year: year, month: month, day: day)?.daysSinceEpoch }
    }
}
