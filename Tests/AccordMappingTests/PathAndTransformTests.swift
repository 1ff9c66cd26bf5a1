import AccordMapping
import Foundation
import Testing

/// The first record a one-rule adapter (a configuration item at the root, externalId x, plus
/// `fields`) maps from `json`.
func mapOneRecord(_ fields: String, json: String) throws -> CanonicalRecord {
    let yaml = "name: p\nformats: [json]\nrecords:\n  - recordType: configurationItem\n    at: $\n    fields:\n      externalId: { value: x }\n" + fields
    let adapter = try AdapterLoader.parse(yaml: yaml, file: "p.yaml")
    return try #require(adapter.normalize(Data(json.utf8), contentType: "application/json").records.first)
}

@Suite("Paths and transforms")
struct PathAndTransformTests {
    private func map(_ fields: String, json: String) throws -> CanonicalRecord {
        try mapOneRecord(fields, json: json)
    }

    @Test("quoted keys, indexes, wildcards, split, join, first and number")
    func paths() throws {
        let record = try map("""
                  name: { path: "values['Host.Name']", transforms: [trim, uppercase] }
                  attributes:
                    first: { path: "disks[0].size", transforms: [number] }
                    all: { path: "disks[*].size", transforms: [{ join: "+" }] }
                    tags: { path: tags, transforms: [{ split: ";" }, first] }
                    both: { paths: [a, b], transforms: [{ join: " " }] }
                    fallback: { firstNonEmpty: [missing, a.none, b] }
                    type: "@type"
            """, json: #"{"values":{"Host.Name":" srv-01 "},"disks":[{"size":"+0100.50"},{"size":2}],"tags":" x; y ","a":"Hallo","b":"Welt","@type":"Server"}"#)
        #expect(record.diagnostics.isEmpty, "\(record.diagnostics)")
        #expect(record.text(.name) == "SRV-01")
        #expect(record.attributes == ["first": "100.5", "all": "+0100.50+2", "tags": "x", "both": "Hallo Welt", "fallback": "Welt", "type": "Server"])
    }

    @Test("several values for a single field is a diagnostic naming the fix")
    func tooManyValues() throws {
        let record = try map("      name: \"items[*].n\"\n", json: #"{"items":[{"n":"a"},{"n":"b"}]}"#)
        #expect(record.diagnostics.first?.message == "found 2 values where one is expected (add a 'join' or 'first' transform)")
        #expect(record.diagnostics.first?.field == "name")
        #expect(record.diagnostics.first?.recordIndex == 1)
    }

    @Test("an object where a value is expected suggests 'reference'")
    func objectValue() throws {
        let record = try map("      name: owner\n", json: #"{"owner":{"link":"https://x","value":"abc"}}"#)
        #expect(record.diagnostics.first?.message.contains("add 'reference'") == true)
    }

    @Test("unicode text survives byte-exact and JSON escapes are decoded")
    func unicode() throws {
        let text = "Grüße – 你好 – سلام – 안녕하세요 – 🚀"
        let record = try map("      name: n\n", json: #"{"n":"Gr\u00fc\u00dfe – 你好 – سلام – 안녕하세요 – \ud83d\ude80"}"#)
        #expect(record.text(.name) == text)
        #expect(Array(record.jsonLine.utf8).count == Array(#"{"recordType":"configurationItem","externalId":"x","name":"\#(text)"}"#.utf8).count)
        #expect(record.jsonLine == #"{"recordType":"configurationItem","externalId":"x","name":"\#(text)"}"#)
    }

    @Test("XML attributes, namespaces and repeated elements")
    func xml() throws {
        let yaml = """
            name: x
            formats: [xml]
            namespaces: { s: "http://schemas.xmlsoap.org/soap/envelope/", c: "urn:example:cmdb" }
            records:
              - recordType: configurationItem
                at: s:Envelope/s:Body/c:Items/c:Item
                fields:
                  externalId: "@id"
                  name: c:Name
                  identifiers:
                    - { kind: ipAddress, path: "c:Ip[*]" }
                    - { kind: serialNumber, path: "c:Serial/#text" }
            """
        let adapter = try AdapterLoader.parse(yaml: yaml, file: "x.yaml")
        let xml = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
            <Items xmlns="urn:example:cmdb"><Item id="ci-1"><Name>Server Köln</Name><Ip>10.0.0.1</Ip><Ip>10.0.0.2</Ip><Serial>SN1</Serial></Item>
            <other:Item xmlns:other="urn:other" id="ignored"/></Items></s:Body></s:Envelope>
            """
        let result = adapter.normalize(Data(xml.utf8), contentType: "application/soap+xml")
        #expect(result.isClean, "\(result.allDiagnostics)")
        #expect(result.jsonLines == #"{"recordType":"configurationItem","externalId":"ci-1","name":"Server Köln","identifiers":[{"kind":"ipAddress","value":"10.0.0.1"},{"kind":"ipAddress","value":"10.0.0.2"},{"kind":"serialNumber","value":"SN1"}]}"# + "\n")
    }

    @Test("filters pick list items and repeated elements by a child's or attribute's text")
    func filters() throws {
        let record = try map("""
                  name: { path: "parties[?role=assignee].name" }
                  attributes:
                    quoted: { path: "parties[?role='on call [L2]'].name" }
                    chained: { path: "parties[?role=assignee][?@type=Organization].name" }
                    nested: { path: "parties[*].party[?kind=person].name", transforms: [{ join: "," }] }
                    none: { path: "parties[?role=nobody].name", default: "-" }
                    spaced: { path: "parties[?role= 'on call [L2]' ].name" }
                    second: { path: "parties[?role=assignee][1].name" }
            """, json: #"{"parties":[{"role":"reporter","name":"Ana"},{"role":"assignee","name":"Ben"},{"role":"on call [L2]","name":"Cem"},{"role":"assignee","@type":"Organization","name":"NOC"},{"party":{"kind":"person","name":"Dee"}},{"party":{"kind":"team","name":"Ops"}}]}"#)
        #expect(record.diagnostics.first?.message == "found 2 values where one is expected (add a 'join' or 'first' transform)")
        #expect(record.attributes == ["quoted": "Cem", "chained": "NOC", "nested": "Dee", "none": "-", "spaced": "Cem", "second": "NOC"])

        let yaml = """
            name: x
            formats: [xml]
            records:
              - recordType: configurationItem
                at: items/item
                fields:
                  externalId: "@id"
                  name: "address[?@type=primary]"
                  attributes:
                    backup: "address[?label=backup]/value"
            """
        let adapter = try AdapterLoader.parse(yaml: yaml, file: "x.yaml")
        let xml = #"<items><item id="i1"><address type="secondary">10.0.0.9</address><address type="primary">10.0.0.1</address><address><label>backup</label><value>10.9.9.9</value></address></item></items>"#
        let result = adapter.normalize(Data(xml.utf8), contentType: "application/xml")
        #expect(result.isClean, "\(result.allDiagnostics)")
        #expect(result.records.first?.text(.name) == "10.0.0.1")
        #expect(result.records.first?.attributes == ["backup": "10.9.9.9"])
    }

    @Test("a malformed filter is an adapter error that shows the syntax", arguments: ["a[?role]", "a[?=x]", "a[?role='x]", "a[?role=x"])
    func badFilter(path: String) throws {
        let yaml = "name: p\nformats: [json]\nrecords:\n  - recordType: configurationItem\n    at: $\n    fields:\n      externalId: { path: \"\(path)\" }\n"
        #expect(throws: (any Error).self) { try AdapterLoader.parse(yaml: yaml, file: "p.yaml") }
        do {
            _ = try AdapterLoader.parse(yaml: yaml, file: "p.yaml")
        } catch {
            let text = "\(error)"
            #expect(text.contains("[?key=value]") || text.contains("unclosed"), "\(text)")
        }
    }
}

@Suite("A value map's otherwise")
struct MapOtherwiseTests {
    private func map(_ fields: String, json: String) throws -> CanonicalRecord {
        try mapOneRecord(fields, json: json)
    }

    static let spec = """
              attributes:
                state:
                  path: status.name
                  map: { Open: new, Done: resolved }
                  otherwise: { path: status.category, map: { todo: new, doing: inProgress } }
                  default: unknown
        """

    @Test("a value the map names is mapped; one it does not name takes otherwise's value, after otherwise's own map")
    func otherwiseWhenTheMapMisses() throws {
        #expect(try map(Self.spec, json: #"{"status":{"name":"Done","category":"doing"}}"#).attributes["state"] == "resolved")
        #expect(try map(Self.spec, json: #"{"status":{"name":"Bei Dienstleister","category":"doing"}}"#).attributes["state"] == "inProgress")
        // otherwise gives nothing (no category): the default, as without otherwise
        #expect(try map(Self.spec, json: #"{"status":{"name":"Bei Dienstleister"}}"#).attributes["state"] == "unknown")
        // otherwise's value its own map does not name passes as it is
        #expect(try map(Self.spec, json: #"{"status":{"name":"Bei Dienstleister","category":"blocked"}}"#).attributes["state"] == "blocked")
    }

    @Test("otherwise without a map is an error at load")
    func otherwiseNeedsMap() {
        let yaml = "name: p\nformats: [json]\nrecords:\n  - recordType: configurationItem\n    at: $\n    fields:\n      externalId: { path: id, otherwise: other }\n"
        #expect(throws: AdapterValidationError.self) { try AdapterLoader.parse(yaml: yaml, file: "p.yaml") }
    }
}

@Suite("A rule's when as a list")
struct WhenListTests {
    static let yaml = """
        name: w
        formats: [json]
        records:
          - recordType: ticketEvent
            at: "events[*]"
            when:
              - { path: kind, in: [comment_created, comment_updated] }
              - { path: issue.id, exists: true }
            fields: { externalId: issue.id, eventType: kind, eventId: id, eventAt: { value: "2024-03-04T10:00:00Z", transforms: [{ timestamp: { format: rfc3339 } }] } }
        """

    @Test("every condition must hold")
    func allMustHold() throws {
        let adapter = try AdapterLoader.parse(yaml: Self.yaml, file: "w.yaml")
        let json = #"{"events":[{"kind":"comment_created","id":"1","issue":{"id":"10"}},{"kind":"comment_created","id":"2"},{"kind":"other","id":"3","issue":{"id":"11"}}]}"#
        let result = adapter.normalize(Data(json.utf8), contentType: "application/json")
        #expect(result.records.map { $0.text(.eventId) } == ["1"])
        #expect(result.isClean)
    }

    @Test("an empty list is an error at load")
    func emptyList() {
        let yaml = Self.yaml.replacingOccurrences(of: """
                  - { path: kind, in: [comment_created, comment_updated] }
                  - { path: issue.id, exists: true }
            """, with: "").replacingOccurrences(of: "when:\n", with: "when: []\n")
        #expect(yaml.contains("when: []"))
        do {
            _ = try AdapterLoader.parse(yaml: yaml, file: "w.yaml")
            Issue.record("an empty when list was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description).joined().contains("at least one condition"))
        }
    }
}
