extension JSONReader {
    /// Reads a quoted string at `offset`, checking UTF-8 and escapes.
    mutating func readString() throws(DocumentError) -> String {
        offset += 1
        let start = offset
        var hasEscapes = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { hasEscapes = true; offset += 2; continue }
            if byte < 0x20 { throw fail("control character in a string (escape it)") }
            offset += 1
        }
        guard offset < bytes.count else { throw fail("document ends inside a string (truncated?)") }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        offset += 1
        if !hasEscapes {
            // UTF8Check is non-generic and skips ASCII eight bytes at a time; `String(validating:)`
            // went through unspecialised generic code for every string.
            guard UTF8Check.firstInvalidOffset(raw) == nil else { throw invalidUTF8(at: start) }
            return String(decoding: raw, as: UTF8.self)
        }
        return try unescape(raw, start: start)
    }

    private func invalidUTF8(at start: Int) -> DocumentError {
        DocumentError("invalid JSON: a string starting at \(DocumentError.position(of: start, in: bytes)) is not valid UTF-8")
    }

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, start: Int) throws(DocumentError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        func hex4() throws(DocumentError) -> UInt32 {
            guard index + 4 < raw.count else { throw invalidEscape(start) }
            var value: UInt32 = 0
            for byte in raw[(index + 1)...(index + 4)] {
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x37
                case 0x61...0x66: digit = byte - 0x57
                default: throw invalidEscape(start)
                }
                value = value << 4 | UInt32(digit)
            }
            index += 4
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else { output.append(byte); index += 1; continue }
            index += 1
            guard index < raw.count else { throw invalidEscape(start) }
            switch raw[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(raw[index])
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800, scalar < 0xDC00 {
                    guard index + 2 < raw.count, raw[index + 1] == UInt8(ascii: "\\"), raw[index + 2] == UInt8(ascii: "u") else {
                        throw invalidEscape(start)
                    }
                    index += 2
                    let low = try hex4()
                    guard low >= 0xDC00, low < 0xE000 else { throw invalidEscape(start) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw invalidEscape(start) }
                output.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                throw invalidEscape(start)
            }
            index += 1
        }
        guard let text = String(validating: output, as: UTF8.self) else { throw invalidUTF8(at: start) }
        return text
    }

    private func invalidEscape(_ start: Int) -> DocumentError {
        DocumentError("invalid JSON: bad escape in a string starting at \(DocumentError.position(of: start, in: bytes))")
    }
}
