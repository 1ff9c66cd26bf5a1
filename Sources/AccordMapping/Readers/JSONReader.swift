import Foundation

/// A strict JSON (RFC 8259) reader into ``SourceNode`` that enforces ``ReaderLimits`` while it
/// reads: nesting deeper than `maxDepth` fails before the stack can, strings must be valid UTF-8.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private let limits: ReaderLimits
    var offset = 0
    private var values = 0
    /// One reusable member list per nesting level, so an object's members are collected
    /// without a new growing list per object; each object then gets an exactly sized copy.
    private var memberLists: [[SourceObject.Member]] = []

    /// Reads a whole document.
    static func read(_ data: Data, limits: ReaderLimits) throws(DocumentError) -> SourceNode {
        guard data.count <= limits.maxBytes else {
            throw DocumentError("document is \(data.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        let result: Result<SourceNode, DocumentError> = data.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self), limits: limits)
            do {
                return .success(try reader.document())
            } catch let error as DocumentError {
                return .failure(error)
            } catch {
                return .failure(DocumentError("\(error)"))
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, limits: ReaderLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    private mutating func document() throws(DocumentError) -> SourceNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
        skipWhitespace()
        guard offset < bytes.count else { throw DocumentError("document is empty, expected JSON") }
        let value = try readValue(depth: 0)
        skipWhitespace()
        guard offset == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    func fail(_ message: String) -> DocumentError {
        DocumentError("invalid JSON at \(DocumentError.position(of: offset, in: bytes)): \(message)")
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func readValue(depth: Int) throws(DocumentError) -> SourceNode {
        values += 1
        guard values <= limits.maxElements else { throw DocumentError("document has more than \(limits.maxElements) values (limit)") }
        guard offset < bytes.count else { throw fail("document ends early (truncated?)") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default:
            let shown = bytes[offset] < 0x80 ? "'\(Character(UnicodeScalar(bytes[offset])))'" : "byte 0x\(String(bytes[offset], radix: 16))"
            throw fail("unexpected \(shown), expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(DocumentError) {
        for expected in word.utf8 {
            guard offset < bytes.count, bytes[offset] == expected else { throw fail("expected '\(word)'") }
            offset += 1
        }
    }

    private mutating func readObject(depth: Int) throws(DocumentError) -> SourceNode {
        guard depth <= limits.maxDepth else { throw DocumentError("JSON nesting is deeper than \(limits.maxDepth) levels (limit)") }
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(.empty) }
        while memberLists.count <= depth { memberLists.append([]) }
        var members: [SourceObject.Member] = []
        swap(&members, &memberLists[depth])
        members.removeAll(keepingCapacity: true)
        defer { swap(&members, &memberLists[depth]) }
        while true {
            skipWhitespace()
            guard offset < bytes.count else { throw fail("document ends inside an object (truncated?)") }
            guard bytes[offset] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let key = try readString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            offset += 1
            skipWhitespace()
            members.append(SourceObject.Member(key: key, value: try readValue(depth: depth)))
            skipWhitespace()
            guard offset < bytes.count else { throw fail("document ends inside an object (truncated?)") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                // An exact-size copy: the scratch list keeps its capacity for the next object.
                let object = SourceObject(members.withUnsafeBufferPointer { Array($0) })
                members.removeAll(keepingCapacity: true)
                return .object(object)
            }
            throw fail("expected ',' or '}' in an object")
        }
    }

    private mutating func readArray(depth: Int) throws(DocumentError) -> SourceNode {
        guard depth <= limits.maxDepth else { throw DocumentError("JSON nesting is deeper than \(limits.maxDepth) levels (limit)") }
        offset += 1
        var items: [SourceNode] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try readValue(depth: depth))
            skipWhitespace()
            guard offset < bytes.count else { throw fail("document ends inside a list (truncated?)") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(items) }
            throw fail("expected ',' or ']' in a list")
        }
    }

    private mutating func readNumber() throws(DocumentError) -> String {
        let start = offset
        func digits() -> Int {
            let first = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            return offset - first
        }
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        let integerDigits = digits()
        guard integerDigits > 0 else { throw fail("expected digits in a number") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw fail("numbers must not have leading zeros") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw fail("expected digits after '.'") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw fail("expected digits in an exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }
}
