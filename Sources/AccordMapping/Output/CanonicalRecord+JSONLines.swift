extension CanonicalRecord {
    /// The record as one JSON object in canonical key order, text unescaped beyond what JSON needs.
    public var jsonLine: String { String(decoding: jsonLineUTF8, as: UTF8.self) }

    /// ``jsonLine`` as UTF-8 bytes (what record hashes are made from, without a `String` between).
    public var jsonLineUTF8: [UInt8] {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("recordType")
        writer.string(recordType.rawValue)
        // The record's values placed in canonical field order: one lookup per value present
        // instead of one per field the model knows.
        var slots = [CanonicalValue?](repeating: nil, count: CanonicalField.ordered.count)
        for (field, value) in values { slots[CanonicalField.ordinals[field] ?? 0] = value }
        for (ordinal, slot) in slots.enumerated() {
            guard let value = slot else { continue }
            writer.key(CanonicalField.ordered[ordinal].rawValue)
            switch value {
            case .text(let text): writer.string(text)
            case .integer(let number): writer.raw(String(number))
            case .instant(let instant):
                // Digits need no escaping; fraction digits set by hand to anything else are escaped as text.
                if instant.fractionDigits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                    writer.plainString(instant.appendRFC3339)
                } else {
                    writer.string(instant.description)
                }
            case .texts(let texts): writer.stringArray(texts)
            case .identifiers(let identifiers):
                writer.beginArray()
                for identifier in identifiers {
                    writer.beginObject()
                    writer.key("kind"); writer.string(identifier.kind.rawValue)
                    writer.key("value"); writer.string(identifier.value)
                    writer.endObject()
                }
                writer.endArray()
            case .attributes(let attributes):
                writer.beginObject()
                for name in attributes.keys.sorted() {
                    writer.key(name)
                    writer.string(attributes[name] ?? "")
                }
                writer.endObject()
            case .changes(let changes):
                writer.beginArray()
                for change in changes {
                    writer.beginObject()
                    writer.key("field"); writer.string(change.field)
                    if let from = change.from { writer.key("from"); writer.string(from) }
                    if let to = change.to { writer.key("to"); writer.string(to) }
                    writer.endObject()
                }
                writer.endArray()
            }
        }
        if !diagnostics.isEmpty {
            writer.key("diagnostics")
            writer.beginArray()
            for diagnostic in diagnostics {
                writer.beginObject()
                if let field = diagnostic.field { writer.key("field"); writer.string(field) }
                if let value = diagnostic.sourceValue { writer.key("value"); writer.string(value) }
                writer.key("message"); writer.string(diagnostic.message)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
        return writer.bytes
    }
}

extension CanonicalField {
    /// ``allCases`` made once (the synthesised property builds a new array on every call).
    static let ordered = allCases
    /// Each field's position in ``ordered`` (the canonical key order of JSON lines).
    static let ordinals: [CanonicalField: Int] = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
}
