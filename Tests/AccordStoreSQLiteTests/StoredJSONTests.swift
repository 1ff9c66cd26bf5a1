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
}
