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
        var text = "{"
        for (index, key) in map.keys.sorted().enumerated() {
            if index > 0 { text += "," }
            appendQuoted(key, to: &text)
            text += ":"
            appendQuoted(map[key] ?? "", to: &text)
        }
        return text + "}"
    }

    /// A ticket event's changes as `encode` writes them (sorted keys, absent values left out);
    /// written by hand because it runs for every event a sync or webhook applies.
    static func encodeChanges(_ changes: [FieldChange]) -> String {
        var text = "["
        for (index, change) in changes.enumerated() {
            text += index > 0 ? ",{\"field\":" : "{\"field\":"
            appendQuoted(change.field.rawValue, to: &text)
            if let newValue = change.newValue {
                text += ",\"newValue\":"
                appendQuoted(newValue, to: &text)
            }
            if let oldValue = change.oldValue {
                text += ",\"oldValue\":"
                appendQuoted(oldValue, to: &text)
            }
            text += "}"
        }
        return text + "]"
    }

    /// A list of texts as a JSON array, escaped as `encode` escapes it.
    static func encodeTextList(_ texts: [String]) -> String {
        var text = "["
        for (index, element) in texts.enumerated() {
            if index > 0 { text += "," }
            appendQuoted(element, to: &text)
        }
        return text + "]"
    }

    private static func appendQuoted(_ value: String, to text: inout String) {
        text += "\""
        var plainStart = value.utf8.startIndex
        for index in value.utf8.indices {
            let byte = value.utf8[index]
            let escape: String? = switch byte {
            case UInt8(ascii: "\""): "\\\""
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: "/"): "\\/"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0x08: "\\b"
            case 0x0C: "\\f"
            case ..<0x20: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
            default: nil
            }
            guard let escape else { continue }
            text += value[plainStart ..< index]
            text += escape
            plainStart = value.utf8.index(after: index)
        }
        text += value[plainStart...]
        text += "\""
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
