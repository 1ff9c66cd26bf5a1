import AccordMapping
import Foundation
import Testing

/// What the libxml2 SAX2 reader must report the way `XMLParser` did: character data, entity and
/// character references, namespaces and attribute names, and where a syntax error is.
@Suite("XML reader (libxml2 SAX2)")
struct XMLReaderTests {
    static let namespacedYAML = """
        name: ns
        formats: [xml]
        namespaces:
          c: urn:example:cmdb
        records:
          - recordType: ticket
            at: c:items/c:item
            fields:
              externalId: "@id"
              title: "@x:label"
              number: c:number
              stateRaw: "@xmlns"
        """

    /// An adapter with one ticket rule for the records at `r/e`, with `fields` (field → path, as
    /// written in YAML).
    private func ticketsAtRE(_ fields: KeyValuePairs<String, String>) throws -> Adapter {
        let lines = fields.map { "      \($0.key): \($0.value)" }.joined(separator: "\n")
        return try AdapterLoader.parse(yaml: """
            name: tickets-at-r-e
            formats: [xml]
            records:
              - recordType: ticket
                at: r/e
                fields:
            \(lines)
            """, file: "tickets-at-r-e.yaml")
    }

    /// Maps `xml` with `adapter` from `Data` and from a stream; both must agree.
    private func lines(_ adapter: Adapter, _ xml: String) -> (lines: String, errors: [String]) {
        let result = adapter.normalize(Data(xml.utf8), format: .xml)
        var streamed = ""
        let errors = adapter.normalize(stream: InputStream(data: Data(xml.utf8)), format: .xml) { streamed += $0.jsonLine + "\n" }
        #expect(errors == result.documentDiagnostics)
        if errors.isEmpty { #expect(streamed == result.jsonLines) }
        return (result.jsonLines, result.documentDiagnostics.map(\.message))
    }

    @Test("a CDATA section is text, markup inside it is not parsed, and it joins the text around it")
    func cdata() throws {
        let xml = "<response><result><sys_id>1</sys_id><short_description>a <![CDATA[<b>&amp; ]]]]><![CDATA[></b>]]> z</short_description></result></response>"
        let result = lines(try TestAdapters.tickets(), xml)
        #expect(result.errors.isEmpty)
        #expect(result.lines == #"{"recordType":"ticket","externalId":"1","title":"a <b>&amp; ]]></b> z"}"# + "\n")
    }

    @Test("predefined entities and character references are decoded in text and attributes")
    func references() throws {
        let adapter = try AdapterLoader.parse(yaml: Self.namespacedYAML, file: "ns.yaml")
        let xml = #"<c:items xmlns:c="urn:example:cmdb" xmlns:x="urn:x"><c:item id="a&amp;b&#x20;&lt;c&gt;&#38;&amp;#38;" x:label="&quot;Gr&#246;&#xDF;e&quot;"><c:number>caf&#233; &#x1F600; &apos;</c:number></c:item></c:items>"#
        let result = lines(adapter, xml)
        #expect(result.errors.isEmpty)
        #expect(result.lines == #"{"recordType":"ticket","externalId":"a&b <c>&&#38;","number":"café 😀 '","title":"\"Größe\""}"# + "\n")
    }

    @Test("elements match by namespace URI, not prefix; attributes keep the prefix written; xmlns is no attribute")
    func namespaces() throws {
        let adapter = try AdapterLoader.parse(yaml: Self.namespacedYAML, file: "ns.yaml")
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <items xmlns="urn:example:cmdb" xmlns:y="urn:x">
              <item id="1" y:label="one"><number>N1</number></item>
              <other:item xmlns:other="urn:example:cmdb" id="2" xmlns:x="urn:x" x:label="two"><number>N2</number></other:item>
              <item xmlns="urn:elsewhere" id="3"><number>N3</number></item>
            </items>
            """
        let result = lines(adapter, xml)
        #expect(result.errors.isEmpty)
        #expect(result.lines == """
            {"recordType":"ticket","externalId":"1","number":"N1"}
            {"recordType":"ticket","externalId":"2","number":"N2","title":"two"}

            """)
    }

    @Test("a syntax error names the line and column libxml2 found it at")
    func errorPosition() throws {
        let xml = "<response>\n  <result><sys_id>1</sys_id></result>\n  <result><sys_id>2</short_description></result>\n</response>"
        let result = lines(try TestAdapters.tickets(), xml)
        let message = try #require(result.errors.first)
        #expect(message.hasPrefix("XML is not well-formed at line 3, column "), "\(message)")
        #expect(message.contains("mismatch"), "\(message)")
        #expect(result.lines.isEmpty)
    }

    @Test("an undefined entity is an error, never expanded or passed through")
    func undefinedEntity() throws {
        let result = lines(try TestAdapters.tickets(), "<response><result><sys_id>&xxe;</sys_id></result></response>")
        let message = try #require(result.errors.first)
        #expect(message.contains("not well-formed") && message.contains("xxe"), "\(message)")
    }

    @Test("a document that ends after the root element's start tag is reported as not well-formed")
    func truncatedPosition() throws {
        let result = lines(try TestAdapters.tickets(), "<response>\n<result><sys_id>1</sys_id>")
        let message = try #require(result.errors.first)
        #expect(message.hasPrefix("XML is not well-formed at line 2"), "\(message)")
    }

    @Test("whitespace and text between child elements stay the record element's own text")
    func mixedContent() throws {
        let adapter = try ticketsAtRE(["externalId": "id", "title": "\"#text\""])
        let result = lines(adapter, "<r><e>\n  before <id>7</id> after\r\n</e></r>")
        #expect(result.errors.isEmpty)
        #expect(result.lines == #"{"recordType":"ticket","externalId":"7","title":"\n  before  after\n"}"# + "\n")
    }

    @Test("hundreds of distinct element names in a record: each path reads its own element, in every record")
    func manyElementNames() throws {
        let adapter = try ticketsAtRE(["externalId": "n7", "number": "n299", "title": "n250", "description": "n0"])
        let children = (0 ..< 300).map { "<n\($0)>v\($0)</n\($0)>" }.joined()
        let result = lines(adapter, "<r><e>\(children)</e><e><x/><n299>last</n299><n7>seven</n7></e></r>")
        #expect(result.errors.isEmpty)
        #expect(result.lines == """
            {"recordType":"ticket","externalId":"v7","number":"v299","title":"v250","description":"v0"}
            {"recordType":"ticket","externalId":"seven","number":"last"}

            """)
    }

    @Test("an element's own text in many runs between child elements is joined in order")
    func manyRunsOfText() throws {
        let adapter = try ticketsAtRE(["externalId": "id", "title": "\"#text\"", "description": "c/#text"])
        let runs = (0 ..< 10_000).map { "t\($0)<x>\($0)</x>" }.joined()
        let expected = (0 ..< 10_000).map { "t\($0)" }.joined()
        let result = lines(adapter, "<r><e>\(runs)<id>7</id>end<c>ü<y>-</y>ß</c></e><e>solo<id>8</id></e></r>")
        #expect(result.errors.isEmpty)
        #expect(result.lines == """
            {"recordType":"ticket","externalId":"7","title":"\(expected)end","description":"üß"}
            {"recordType":"ticket","externalId":"8","title":"solo"}

            """)
    }

    @Test("records that each bring new element names all map (the name table grows once per name)")
    func newNamesInEveryRecord() throws {
        let adapter = try ticketsAtRE(["externalId": "id", "title": "t"])
        let records = (0 ..< 20_000).map { "<e><u\($0) a\($0)=\"x\"/><id>\($0)</id><t>\($0 % 7)</t></e>" }.joined()
        let result = adapter.normalize(Data("<r>\(records)</r>".utf8), format: .xml)
        #expect(result.documentDiagnostics.isEmpty)
        #expect(result.records.count == 20_000)
        #expect(result.records.last?.externalId == "19999")
        #expect(result.records.last?.text(.title) == "\(19_999 % 7)")
    }
}
