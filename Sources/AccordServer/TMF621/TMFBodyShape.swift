import Foundation

/// Checks the JSON types TMF621 v4 declares for the parts of a request body Accord reads only in part:
/// the `@`-attributes of the body, and every property of `note`, `relatedEntity` and `relatedParty`
/// entries. A wrong type is 400 `api.invalid_field` naming the field, even where Accord would
/// ignore the value, so a client learns of its mistake instead of having it silently dropped.
///
/// `null` stays allowed for top-level fields: a JSON merge patch (RFC 7396) removes a field that way.
enum TMFBodyShape {
    /// The string properties (beside `@schemaLocation`, a URI, and `date`, an instant) of each entry kind.
    static let entryStrings: [String: Set<String>] = [
        "note": ["id", "author", "text", "@baseType", "@type"],
        "relatedEntity": ["id", "href", "name", "role", "@baseType", "@type", "@referredType"],
        "relatedParty": ["id", "href", "name", "role", "@baseType", "@type", "@referredType"],
    ]

    /// Throws `api.invalid_field` for the first mistyped value.
    static func check(_ body: [String: Any]) throws {
        try checkAttributes(body, path: "")
        for (key, strings) in entryStrings {
            guard let value = body[key], !(value is NSNull) else { continue }
            guard let entries = value as? [Any] else { throw AccordHTTPError.invalidField(key, "must be an array") }
            for (index, element) in entries.enumerated() {
                let path = "\(key)[\(index)]"
                guard let entry = element as? [String: Any] else { throw AccordHTTPError.invalidField(path, "must be an object") }
                try checkAttributes(entry, path: path + ".")
                for (property, value) in entry where strings.contains(property) {
                    guard value is String else { throw AccordHTTPError.invalidField("\(path).\(property)", "must be a string") }
                }
                if let date = entry["date"] {
                    guard let text = date as? String, isInstant(text) else {
                        throw AccordHTTPError.invalidField("\(path).date", "must be an RFC 3339 date-time")
                    }
                }
            }
        }
    }

    /// `@type` and `@baseType` are strings; `@schemaLocation` is an absolute URI.
    static func checkAttributes(_ object: [String: Any], path: String) throws {
        for key in ["@type", "@baseType"] where object[key] != nil {
            guard object[key] is String else { throw AccordHTTPError.invalidField(path + key, "must be a string") }
        }
        if let value = object["@schemaLocation"] {
            guard let text = value as? String, isAbsoluteURI(text) else {
                throw AccordHTTPError.invalidField(path + "@schemaLocation", "must be an absolute URI")
            }
        }
    }

    static func isAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, let first = text.unicodeScalars.first,
              CharacterSet.letters.contains(first), text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value != 0x7F })
        else { return false }
        let scheme = text[..<colon]
        return scheme.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "+-.".unicodeScalars.contains($0)) }
            && URL(string: text) != nil
    }

    static func isInstant(_ text: String) -> Bool {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return plain.date(from: text) != nil || fractional.date(from: text) != nil
    }
}
