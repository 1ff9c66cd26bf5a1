extension CanonicalRecord {
    /// The record as one JSON object in canonical key order, text unescaped beyond what JSON needs.
    public var jsonLine: String { String(decoding: jsonLineUTF8, as: UTF8.self) }

    /// ``jsonLine`` as UTF-8 bytes (what record hashes are made from, without a `String` between).
    public var jsonLineUTF8: [UInt8] {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("recordType")
        writer.string(recordType.rawValue)
        for field in CanonicalField.allCases {
            guard let value = values[field] else { continue }
            writer.key(field.rawValue)
            switch value {
            case .text(let text): writer.string(text)
            case .integer(let number): writer.raw(String(number))
            case .instant(let instant): writer.plainString(instant.appendRFC3339)
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
