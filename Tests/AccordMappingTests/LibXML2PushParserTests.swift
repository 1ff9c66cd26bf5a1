@testable import AccordMapping
import Foundation
import Testing

/// The SAX reader's own refusals, with the DOCTYPE/ENTITY prescan out of the way: a declaration
/// libxml2 reports stops the parse before any entity is used.
@Suite("libxml2 push parser without the prescan")
struct LibXML2PushParserTests {
    private func parse(_ xml: String) -> (records: [String], error: String?) {
        var records: [String] = []
        let location: [XMLRecordReader.Step] = [.init(local: "r", namespaceURI: nil), .init(local: "e", namespaceURI: nil)]
        let parser = LibXML2PushParser(tree: XMLRecordTree(locations: [location], limits: .standard)) { _, element in
            records.append(element.text)
        }
        let error = parser.parse(Data(xml.utf8))
        return (records, error?.message)
    }

    @Test("an internal subset with entities is refused when libxml2 reports it", arguments: [
        "<!DOCTYPE r [<!ENTITY x \"expanded\">]><r><e>&x;</e></r>",
        "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r><e>a</e></r>",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://example.com/p.dtd\"> %p;]><r><e>a</e></r>",
    ])
    func doctypeRefused(xml: String) {
        let result = parse(xml)
        #expect(result.records.isEmpty)
        #expect(result.error?.contains("DOCTYPE") == true, "\(result.error ?? "no error")")
    }

    @Test("records are read when there is no declaration")
    func plain() {
        let result = parse("<r><e>a &amp; b</e><e><![CDATA[c]]></e></r>")
        #expect(result.error == nil)
        #expect(result.records == ["a & b", "c"])
    }
}
