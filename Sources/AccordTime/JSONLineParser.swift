/// A strict JSON (RFC 8259) parser for one line of `accord time batch` input.
///
/// Foundation's decoders lose a number's written form and an object's member order; this keeps
/// both and reports where the text stops being JSON.
struct JSONLineParser {
    /// Why a line is not JSON, with the 1-based column (in UTF-8 bytes) where it went wrong.
    struct Failure: Error, Equatable {
        var column: Int
        var reason: String
    }

    let bytes: [UInt8]
    var index = 0
    private var depth = 0
    /// While false, values are validated only (strings and numbers are not built).
    var materialize = true
    private var rawMember: String?
    private var raw: Range<Int>?
    /// Deeper nesting than any calendar needs is refused rather than risking the stack.
    private static let maximumDepth = 64

    /// Parses `text` as exactly one JSON value (whitespace around it allowed).
    static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(text, keepingRaw: nil).value
    }

    /// Parses `text`; an object member of the top-level object named `rawMember` whose value is
    /// an object is validated but not built: it appears as an empty object, and its text as written
    /// is returned, so that a caller caching by that text pays for one scan only.
    static func parse(_ text: String, keepingRaw rawMember: String?) throws(Failure) -> (value: JSONValue, raw: String?) {
        var parser = JSONLineParser(bytes: Array(text.utf8))
        parser.rawMember = rawMember
        parser.skipWhitespace()
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return (value, parser.raw.map { String(decoding: parser.bytes[$0], as: UTF8.self) })
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    func failure(_ reason: String) -> Failure { Failure(column: index + 1, reason: reason) }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue) throws(Failure) -> JSONValue {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index ..< index + expected.count]) == expected else {
            throw failure("unexpected character")
        }
        index += expected.count
        return value
    }

    private mutating func value() throws(Failure) -> JSONValue {
        switch peek {
        case nil: throw failure("unexpected end of line")
        case UInt8(ascii: "{"):
            try enter()
            defer { depth -= 1 }
            return try object()
        case UInt8(ascii: "["):
            try enter()
            defer { depth -= 1 }
            return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case let byte? where byte == UInt8(ascii: "-") || (48...57).contains(byte): return try number()
        default: throw failure("unexpected character")
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        index += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
            let name = try string()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
            index += 1
            skipWhitespace()
            if depth == 1, materialize, name == rawMember, raw == nil, peek == UInt8(ascii: "{") {
                let start = index
                materialize = false
                _ = try value()
                materialize = true
                raw = start ..< index
                members.append(.init(name: name, value: .object([])))
            } else {
                let item = try value()
                if materialize { members.append(.init(name: name, value: item)) }
            }
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default: throw failure("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            let item = try value()
            if materialize { items.append(item) }
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(items)
            default: throw failure("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, (48...57).contains(first) else { throw failure("expected a digit") }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard try requireDigits() else { throw failure("expected a digit after '.'") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard try requireDigits() else { throw failure("expected a digit in the exponent") }
        }
        return materialize ? .number(String(decoding: bytes[start ..< index], as: UTF8.self)) : .null
    }

    private mutating func skipDigits() {
        while let byte = peek, (48...57).contains(byte) { index += 1 }
    }

    private mutating func requireDigits() throws(Failure) -> Bool {
        let start = index
        skipDigits()
        return index > start
    }
}
