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

    /// An RFC 3339 `date-time` (section 5.6): `2024-03-04T09:15:00Z`, any fraction, `t`/`z` in
    /// either case, an offset `±hh:mm`; fields in range (a leap second's `:60` included).
    static func isInstant(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start ..< start + count] {
                guard (48 ... 57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        func at(_ index: Int, _ characters: String) -> Bool { index < bytes.count && characters.utf8.contains(bytes[index]) }
        guard let year = number(0, 4), at(4, "-"), let month = number(5, 2), at(7, "-"), let day = number(8, 2), at(10, "Tt"),
              let hour = number(11, 2), at(13, ":"), let minute = number(14, 2), at(16, ":"), let second = number(17, 2),
              (1 ... 12).contains(month), hour <= 23, minute <= 59, second <= 60 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1 ... days).contains(day) else { return false }
        var index = 19
        if at(index, ".") {
            index += 1
            let digits = index
            while index < bytes.count, (48 ... 57).contains(bytes[index]) { index += 1 }
            guard index > digits else { return false }
        }
        if at(index, "Zz") { return index + 1 == bytes.count }
        guard at(index, "+-"), let offsetHours = number(index + 1, 2), at(index + 3, ":"), let offsetMinutes = number(index + 4, 2) else { return false }
        return index + 6 == bytes.count && offsetHours <= 23 && offsetMinutes <= 59
    }

    /// The string properties of the objects TMF621 v4 declares for the attributes Accord keeps as
    /// sent (``TMFTicketInput/kept``), beside `@type`, `@baseType` and `@schemaLocation`.
    static let keptStrings: [String: Set<String>] = [
        "attachment": ["id", "href", "attachmentType", "content", "description", "mimeType", "name", "url", "@referredType"],
        "channel": ["id", "href", "name", "@referredType"],
        "troubleTicketRelationship": ["id", "href", "name", "relationshipType"],
    ]

    /// Checks a kept attribute against the types TMF621 v4 declares: instants; `channel` an object
    /// with an `id`; `attachment` and `troubleTicketRelationship` arrays of objects, an
    /// attachment's `size` a `Quantity` and `validFor` a `TimePeriod`.
    static func checkKept(_ key: String, _ value: Any) throws {
        switch key {
        case "expectedResolutionDate", "requestedResolutionDate":
            guard let text = value as? String, isInstant(text) else { throw AccordHTTPError.invalidField(key, "must be an RFC 3339 date-time") }
        case "channel":
            guard let object = value as? [String: Any] else { throw AccordHTTPError.invalidField(key, "must be an object") }
            try checkEntry(object, kind: key, path: key)
            guard object["id"] is String else { throw AccordHTTPError.invalidField("\(key).id", "is required") }
        default:
            guard let entries = value as? [Any], entries.count <= 1000 else { throw AccordHTTPError.invalidField(key, "must be an array") }
            for (index, element) in entries.enumerated() {
                let path = "\(key)[\(index)]"
                guard let object = element as? [String: Any] else { throw AccordHTTPError.invalidField(path, "must be an object") }
                try checkEntry(object, kind: key, path: path)
            }
        }
    }

    private static func checkEntry(_ object: [String: Any], kind: String, path: String) throws {
        try checkAttributes(object, path: path + ".")
        for (property, value) in object where keptStrings[kind]?.contains(property) == true {
            guard value is String else { throw AccordHTTPError.invalidField("\(path).\(property)", "must be a string") }
        }
        guard kind == "attachment" else { return }
        if let size = object["size"] {
            guard let quantity = size as? [String: Any] else { throw AccordHTTPError.invalidField("\(path).size", "must be an object") }
            // JSONSerialization gives true/false as NSNumbers of type char ("c"), numbers otherwise.
            if let amount = quantity["amount"], (amount as? NSNumber).map({ String(cString: $0.objCType) == "c" }) ?? true {
                throw AccordHTTPError.invalidField("\(path).size.amount", "must be a number")
            }
            if let units = quantity["units"], !(units is String) { throw AccordHTTPError.invalidField("\(path).size.units", "must be a string") }
        }
        if let period = object["validFor"] {
            guard let times = period as? [String: Any] else { throw AccordHTTPError.invalidField("\(path).validFor", "must be an object") }
            for name in ["startDateTime", "endDateTime"] where times[name] != nil {
                guard let text = times[name] as? String, isInstant(text) else {
                    throw AccordHTTPError.invalidField("\(path).validFor.\(name)", "must be an RFC 3339 date-time")
                }
            }
        }
    }
}
