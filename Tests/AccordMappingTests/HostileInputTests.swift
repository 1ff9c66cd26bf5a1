import AccordMapping
import Foundation
import Testing

@Suite("Hostile inputs give clear errors, never crashes")
struct HostileInputTests {
    @Test("XXE: an external entity in a DOCTYPE is refused before parsing")
    func externalEntity() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE response [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <response><result><sys_id>&xxe;</sys_id></result></response>
            """
        let message = try TestAdapters.documentError(try TestAdapters.tickets().normalize(Data(xml.utf8), contentType: "application/xml"))
        #expect(message.contains("DOCTYPE"))
    }

    @Test("billion laughs: entity expansion is refused")
    func billionLaughs() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!-- harmless comment -->\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<response><result><sys_id>&lol9;</sys_id></result></response>"
        let message = try TestAdapters.documentError(try TestAdapters.tickets().normalize(Data(xml.utf8), contentType: "text/xml"))
        #expect(message.contains("DOCTYPE"))
    }

    @Test("10,000-deep JSON nesting is an error, not a stack overflow")
    func deepJSON() throws {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let message = try TestAdapters.documentError(try TestAdapters.tickets().normalize(Data(json.utf8), contentType: "application/json"))
        #expect(message.contains("deeper than 64"))
    }

    @Test("10,000-deep XML nesting is an error")
    func deepXML() throws {
        let xml = "<response>" + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000) + "</response>"
        let message = try TestAdapters.documentError(try TestAdapters.tickets().normalize(Data(xml.utf8), contentType: "application/xml"))
        #expect(message.contains("deeper than 64"))
    }

    @Test("invalid UTF-8 in JSON, XML and CSV", arguments: ["application/json", "application/xml", "text/csv"])
    func invalidUTF8(contentType: String) throws {
        let prefix: [UInt8], suffix: [UInt8]
        switch contentType {
        case "application/json": (prefix, suffix) = (Array(#"{"result":[{"sys_id":"a","short_description":""#.utf8), Array(#""}]}"#.utf8))
        case "application/xml": (prefix, suffix) = (Array("<response><result><sys_id>a</sys_id><short_description>".utf8), Array("</short_description></result></response>".utf8))
        default: (prefix, suffix) = (Array("id,title\na,".utf8), Array("\n".utf8))
        }
        let data = Data(prefix + [0x66, 0xC3, 0x28, 0xFF] + suffix)
        let message = try TestAdapters.documentError(try TestAdapters.tickets().normalize(data, contentType: contentType))
        #expect(message.contains("UTF-8") || message.contains("not well-formed"), "\(message)")
    }

    @Test("truncated documents", arguments: [
        ("application/json", #"{"result":[{"sys_id":"a","short_description":"trunc"#),
        ("application/json", #"{"result":[{"sys_id":"a"},"#),
        ("application/xml", "<response><result><sys_id>a</sys_id><short_descr"),
        ("text/csv", "id,title\na,\"never closed\nb,c\n"),
    ])
    func truncated(contentType: String, text: String) throws {
        let message = try TestAdapters.documentError(try TestAdapters.tickets().normalize(Data(text.utf8), contentType: contentType))
        #expect(!message.isEmpty)
        if contentType != "application/xml" { #expect(message.contains("truncated"), "\(message)") }
    }

    @Test("wrong content type or a body that is not the declared format")
    func wrongContent() throws {
        let adapter = try TestAdapters.tickets()
        let html = Data("<html><body>502 Bad Gateway</body></html>".utf8)
        #expect(try TestAdapters.documentError(adapter.normalize(html, contentType: "text/html")).contains("content type 'text/html'"))
        #expect(try TestAdapters.documentError(adapter.normalize(html, contentType: "application/json")).contains("looks like XML"))
        #expect(try TestAdapters.documentError(adapter.normalize(Data("{}".utf8), contentType: "application/xml")).contains("looks like JSON"))
        #expect(try TestAdapters.documentError(adapter.normalize(Data(), contentType: "application/json")).contains("empty"))
        let jsonOnly = try AdapterLoader.parse(yaml: "name: j\nformats: [json]\nrecords:\n  - recordType: ticket\n    at: $\n    fields: { externalId: id }\n", file: "j.yaml")
        #expect(try TestAdapters.documentError(jsonOnly.normalize(Data("a,b".utf8), contentType: "text/csv")).contains("reads json, not csv"))
    }

    @Test("UTF-16 XML is refused with a clear error")
    func utf16XML() throws {
        let data = Data([0xFF, 0xFE]) + "<response/>".data(using: .utf16LittleEndian)!
        #expect(try TestAdapters.documentError(TestAdapters.tickets().normalize(data, contentType: "application/xml")).contains("UTF-16"))
    }

    @Test("limits on size and element count are enforced with clear errors")
    func limits() throws {
        let adapter = try TestAdapters.tickets(limits: "limits: { maxBytes: 1000, maxElements: 50 }\n")
        let big = Data(("{\"result\":[" + String(repeating: "{\"sys_id\":\"x\"},", count: 100) + "{}]}").utf8)
        #expect(try TestAdapters.documentError(adapter.normalize(big, contentType: "application/json")).contains("limit of 1000"))
        let many = Data(("<response>" + String(repeating: "<result/>", count: 60) + "</response>").utf8)
        #expect(try TestAdapters.documentError(adapter.normalize(many, contentType: "application/xml")).contains("more than 50 elements"))
    }
}
