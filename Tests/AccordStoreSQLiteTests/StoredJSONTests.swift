import AccordCore
@testable import AccordStoreSQLite
import Foundation
import Testing

@Suite("StoredJSON hand-written encoders")
struct StoredJSONTests {
    static let awkward = ["", "plain", "quote \" backslash \\ slash /", "line\nbreak\ttab\r\u{08}\u{0C}\u{01}\u{1F}", "Zürich — 路由器 🛰️"]

    @Test("changes are written exactly as JSONEncoder (sorted keys) writes them, and read back", arguments: awkward)
    func changes(text: String) throws {
        let changes = [
            FieldChange(field: .title, newValue: text),
            FieldChange(field: .state, oldValue: text, newValue: nil),
            FieldChange(field: .comment, oldValue: "old", newValue: text),
        ]
        #expect(StoredJSON.encodeChanges(changes) == (try StoredJSON.encode(changes)))
        #expect(StoredJSON.encodeChanges([]) == (try StoredJSON.encode([FieldChange]())))
        #expect(try StoredJSON.decode([FieldChange].self, from: StoredJSON.encodeChanges(changes), column: "test") == changes)
    }

    @Test("a list of texts is written exactly as JSONEncoder writes it", arguments: awkward)
    func textList(text: String) throws {
        let ids = [CIID(text), CIID("CI-a")]
        #expect(StoredJSON.encodeTextList(ids.map(\.rawValue)) == (try StoredJSON.encode(ids)))
        #expect(StoredJSON.encodeTextList([]) == "[]")
    }

    static let instants: [Date] = [
        Date(timeIntervalSinceReferenceDate: 725_760_000), Date(timeIntervalSinceReferenceDate: 816_992_779.120527),
        Date(timeIntervalSinceReferenceDate: -978_307_200.5), Date(timeIntervalSinceReferenceDate: 0.000_001),
        .distantPast, .distantFuture, Date(timeIntervalSince1970: 1_614_265_330.25), Date(timeIntervalSinceReferenceDate: -0.0),
    ]

    static func sourceRecord(_ text: String, at instant: Date) -> CMDBSourceRecord {
        let item = ConfigurationItem(
            id: CIID("CI-\(text)"), supplier: SupplierID("stratus-hosting")!, sourceKey: "sys/\(text)", ciClass: "server", name: text,
            identifiers: [Identifier(kind: .serialNumber, value: text), Identifier(kind: .ipAddress, value: "10.0.0.1")],
            attributes: ["os": text, "cpu_count": "8", "zone": ""], observedAt: instant, channel: .poll
        )
        return CMDBSourceRecord(item: item, firstSeen: instant.addingTimeInterval(-0.5), normalizedIdentifiers: item.identifiers, matchKeys: ["server|serialNumber=\(text)", "k2"])
    }

    @Test("a CMDB source record is written as JSONEncoder writes it and reads back equal", arguments: awkward)
    func sourceRecord(text: String) throws {
        for instant in Self.instants {
            let record = Self.sourceRecord(text, at: instant)
            let written = try StoredJSON.encodeSourceRecord(record)
            #expect(try StoredJSON.decode(CMDBSourceRecord.self, from: written, column: "test") == record)
            #expect(written == (try StoredJSON.encode(record)), "at \(instant.timeIntervalSinceReferenceDate)")
        }
        var bare = Self.sourceRecord(text, at: Self.instants[0])
        bare.item.attributes = [:]
        bare.item.identifiers = []
        bare.normalizedIdentifiers = []
        bare.matchKeys = []
        #expect(try StoredJSON.encodeSourceRecord(bare) == (try StoredJSON.encode(bare)))
        // Keys ordered as JSONEncoder orders them: by UTF-8 bytes (a decomposed "é" before "f").
        bare.item.attributes = ["f": "2", "e\u{301}": "1", "E": "0", "ä": "3"]
        #expect(try StoredJSON.encodeSourceRecord(bare) == (try StoredJSON.encode(bare)))
        #expect(StoredJSON.encodeTextMap(bare.item.attributes) == (try StoredJSON.encode(bare.item.attributes)))
        bare.firstSeen = Date(timeIntervalSinceReferenceDate: .nan)
        #expect(throws: (any Error).self) { try StoredJSON.encodeSourceRecord(bare) }
    }

    @Test("a golden CI's members are written as JSONEncoder writes them", arguments: awkward)
    func refs(text: String) throws {
        let refs = [SourceRecordRef(supplier: SupplierID("netnova")!, sourceKey: text), SourceRecordRef(supplier: SupplierID("stratus-hosting")!, sourceKey: "a/b")]
        #expect(StoredJSON.encodeRefs(refs) == (try StoredJSON.encode(refs)))
        #expect(StoredJSON.encodeRefs([]) == (try StoredJSON.encode([SourceRecordRef]())))
        #expect(try StoredJSON.decode([SourceRecordRef].self, from: StoredJSON.encodeRefs(refs), column: "test") == refs)
    }
}
