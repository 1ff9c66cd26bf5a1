import AccordCore
import Foundation

/// Encodes nested domain values into JSON text columns and back.
enum StoredJSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    /// A text-to-text map as a JSON object with sorted keys, escaped as `encode` escapes it;
    /// written by hand because it runs for every webhook delivery.
    static func encodeTextMap(_ map: [String: String]) -> String {
        var bytes: [UInt8] = []
        appendTextMap(map, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``encodeTextMap(_:)``'s object appended to `bytes`.
    static func appendTextMap(_ map: [String: String], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        // JSONEncoder's sortedKeys orders by UTF-8 bytes (String's < compares canonical forms).
        for (index, key) in map.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendQuoted(map[key] ?? "", to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// A ticket event's changes as `encode` writes them (sorted keys, absent values left out);
    /// written by hand because it runs for every event a sync or webhook applies.
    static func encodeChanges(_ changes: [FieldChange]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(64 * changes.count + 2)
        for (index, change) in changes.enumerated() {
            bytes += index > 0 ? Fragment.nextField : Fragment.firstField
            appendQuoted(change.field.rawValue, to: &bytes)
            if let newValue = change.newValue {
                bytes += Fragment.newValue
                appendQuoted(newValue, to: &bytes)
            }
            if let oldValue = change.oldValue {
                bytes += Fragment.oldValue
                appendQuoted(oldValue, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A list of texts as a JSON array, escaped as `encode` escapes it.
    static func encodeTextList(_ texts: [String]) -> String {
        var bytes: [UInt8] = []
        appendTextList(texts, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``encodeTextList(_:)``'s array appended to `bytes`.
    static func appendTextList(_ texts: [String], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in texts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(element, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private enum Fragment {
        static let firstField = Array(#"{"field":"#.utf8)
        static let nextField = Array(#",{"field":"#.utf8)
        static let newValue = Array(#","newValue":"#.utf8)
        static let oldValue = Array(#","oldValue":"#.utf8)
    }

    /// A JSON string as `JSONEncoder` writes it (`/` escaped too), runs without escapes copied whole.
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            for index in 0 ..< utf8.count {
                let byte = utf8[index]
                let escaped: UInt8? = switch byte {
                case UInt8(ascii: "\""): UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): UInt8(ascii: "\\")
                case UInt8(ascii: "/"): UInt8(ascii: "/")
                case 0x0A: UInt8(ascii: "n")
                case 0x0D: UInt8(ascii: "r")
                case 0x09: UInt8(ascii: "t")
                case 0x08: UInt8(ascii: "b")
                case 0x0C: UInt8(ascii: "f")
                case ..<0x20: UInt8(ascii: "u")
                default: nil
                }
                guard let escaped else { continue }
                bytes.append(contentsOf: utf8[plainStart ..< index])
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(escaped)
                if escaped == UInt8(ascii: "u") {
                    let digits = Array("0123456789abcdef".utf8)
                    bytes += [UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
                }
                plainStart = index + 1
            }
            bytes.append(contentsOf: utf8[plainStart ..< utf8.count])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String, column: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt("column \(column) does not hold \(Value.self)")
        }
    }
}

extension Date {
    /// The stored form: seconds since the reference date, exact.
    var storedValue: Double { timeIntervalSinceReferenceDate }
    init(stored value: Double) { self.init(timeIntervalSinceReferenceDate: value) }
}

/// Turns a stored text back into a domain value, or reports which column is corrupt.
func decodeStored<Value>(_ text: String, column: String, _ parse: (String) -> Value?) throws -> Value {
    guard let value = parse(text) else { throw StoreError.corrupt("column \(column) holds '\(text)'") }
    return value
}
