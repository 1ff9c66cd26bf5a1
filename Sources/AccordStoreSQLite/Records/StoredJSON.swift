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
