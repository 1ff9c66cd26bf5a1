import AccordCore
import Foundation
import Testing

@Suite("SupplierID slugs")
struct SupplierIDTests {
    @Test("slugs of a-z, 0-9 and inner hyphens are accepted",
          arguments: ["netnova", "stratus-hosting", "m365", "a", "0", "a-b-c", String(repeating: "x", count: 63)])
    func accepts(text: String) {
        #expect(SupplierID(text)?.rawValue == text)
    }

    @Test("anything else is refused",
          arguments: ["", "-netnova", "netnova-", "NetNova", "net_nova", "net nova", "net.nova", "zürich", "net/nova",
                      String(repeating: "x", count: 64)])
    func refuses(text: String) {
        #expect(SupplierID(text) == nil)
    }

    @Test("decoding refuses a non-slug and encodes as the plain string")
    func codable() throws {
        let id = try #require(SupplierID("stratus-hosting"))
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["stratus-hosting"]"#)
        #expect(try JSONDecoder().decode([SupplierID].self, from: data) == [id])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([SupplierID].self, from: Data(#"["Bad Slug"]"#.utf8)) }
    }

    @Test("suppliers order by slug")
    func ordering() throws {
        let ids = try ["stratus-hosting", "m365", "netnova"].map { try #require(SupplierID($0)) }
        #expect(ids.sorted().map(\.description) == ["m365", "netnova", "stratus-hosting"])
    }
}
