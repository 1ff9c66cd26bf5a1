extension JSONLineParser {
    /// A string literal starting at the opening quote, with every JSON escape decoded.
    mutating func string() throws(Failure) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        while true {
            guard let byte = peek else { throw failure("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                let text = flush(from: runStart, into: &scalars)
                index += 1
                return text
            case UInt8(ascii: "\\"):
                _ = flush(from: runStart, into: &scalars)
                index += 1
                let scalar = try escape()
                if materialize { scalars.append(scalar) }
                runStart = index
            case 0 ..< 0x20:
                throw failure("control character in a string (escape it)")
            default:
                index += 1
            }
        }
    }

    /// Appends the unescaped run `runStart ..< index` and returns everything so far.
    private func flush(from runStart: Int, into scalars: inout String.UnicodeScalarView) -> String {
        guard materialize else { return "" }
        scalars.append(contentsOf: String(decoding: bytes[runStart ..< index], as: UTF8.self).unicodeScalars)
        return String(scalars)
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard let byte = peek else { throw failure("unterminated string") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800 ..< 0xDC00).contains(unit) {
                guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate in \\u escape")
                }
                index += 2
                let low = try hexUnit()
                guard (0xDC00 ..< 0xE000).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw failure("unpaired surrogate in \\u escape")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(unit) else { throw failure("unpaired surrogate in \\u escape") }
            return scalar
        default:
            index -= 1
            throw failure("invalid escape in a string")
        }
    }

    private mutating func hexUnit() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for byte in bytes[index ..< index + 4] {
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 65...70: digit = byte - 55
            case 97...102: digit = byte - 87
            default: throw failure("expected four hex digits after \\u")
            }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }
}
