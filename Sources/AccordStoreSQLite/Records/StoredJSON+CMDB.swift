import AccordCore
import Foundation

extension StoredJSON {
    /// A CMDB source record as ``encode(_:)`` writes it (the synthesized `Codable` shape: sorted
    /// keys, dates as seconds since the reference date); written by hand because it runs for every
    /// configuration item the federated CMDB takes in. ``decode(_:from:column:)`` reads it back.
    static func encodeSourceRecord(_ record: CMDBSourceRecord) throws -> String {
        // JSONEncoder refuses instants that are not finite numbers: so does this, through it.
        guard record.firstSeen.storedValue.isFinite, record.item.observedAt.storedValue.isFinite else { return try encode(record) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        bytes.append(contentsOf: #"{"firstSeen":"#.utf8)
        appendNumber(record.firstSeen.storedValue, to: &bytes)
        bytes.append(contentsOf: #","item":"#.utf8)
        appendItem(record.item, to: &bytes)
        bytes.append(contentsOf: #","matchKeys":"#.utf8)
        appendTextList(record.matchKeys, to: &bytes)
        bytes.append(contentsOf: #","normalizedIdentifiers":"#.utf8)
        appendIdentifiers(record.normalizedIdentifiers, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A list of source record refs (a golden CI's members) as ``encode(_:)`` writes it.
    static func encodeRefs(_ refs: [SourceRecordRef]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(48 * refs.count + 2)
        for (index, ref) in refs.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: #"{"sourceKey":"#.utf8)
            appendQuoted(ref.sourceKey, to: &bytes)
            bytes.append(contentsOf: #","supplier":"#.utf8)
            appendQuoted(ref.supplier.rawValue, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendItem(_ item: ConfigurationItem, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"attributes":"#.utf8)
        appendTextMap(item.attributes, to: &bytes)
        bytes.append(contentsOf: #","channel":"#.utf8)
        appendQuoted(item.channel.rawValue, to: &bytes)
        bytes.append(contentsOf: #","ciClass":"#.utf8)
        appendQuoted(item.ciClass, to: &bytes)
        bytes.append(contentsOf: #","id":"#.utf8)
        appendQuoted(item.id.rawValue, to: &bytes)
        bytes.append(contentsOf: #","identifiers":"#.utf8)
        appendIdentifiers(item.identifiers, to: &bytes)
        bytes.append(contentsOf: #","name":"#.utf8)
        appendQuoted(item.name, to: &bytes)
        bytes.append(contentsOf: #","observedAt":"#.utf8)
        appendNumber(item.observedAt.storedValue, to: &bytes)
        bytes.append(contentsOf: #","sourceKey":"#.utf8)
        appendQuoted(item.sourceKey, to: &bytes)
        bytes.append(contentsOf: #","supplier":"#.utf8)
        appendQuoted(item.supplier.rawValue, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    private static func appendIdentifiers(_ identifiers: [Identifier], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, identifier) in identifiers.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: #"{"kind":"#.utf8)
            appendQuoted(identifier.kind.rawValue, to: &bytes)
            bytes.append(contentsOf: #","value":"#.utf8)
            appendQuoted(identifier.value, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A finite number as JSON: whole values without a fraction (as `JSONEncoder` writes them,
    /// `-0` included), others in Swift's shortest form that reads back to the same `Double`.
    private static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        if value == 0, value.sign == .minus {
            bytes.append(contentsOf: "-0".utf8)
        } else if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }
}
