import AccordMapping
import Foundation
import Testing

@Suite("Adapter files are validated with located diagnostics")
struct AdapterLoaderTests {
    private func diagnostics(_ yaml: String) -> [String] {
        do {
            _ = try AdapterLoader.parse(yaml: yaml, file: "Adapters/jira/adapter.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("every shipped adapter loads cleanly")
    func shippedAdapters() {
        let (adapters, diagnostics) = AdapterLoader.loadAll(directory: RepositoryFiles.adapters)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(adapters.count >= 5)
    }

    @Test("an unknown transform is reported at its line and column")
    func unknownTransform() {
        let yaml = """
            name: jira
            formats: [json]
            records:
              - recordType: ticket
                at: "issues[*]"
                fields:
                  externalId: id
                  title:
                    path: fields.summary
                    transforms:
                      - trim
                      - lowercse
            """
        #expect(diagnostics(yaml) == [
            "Adapters/jira/adapter.yaml:12:13: error: unknown transform 'lowercse' (expected one of: trim, lowercase, uppercase, number, reference, display, adfText, first, split, join, timestamp)",
        ])
    }

    @Test("unknown keys, bad paths, missing zones and unknown fields are all reported at once")
    func manyProblems() {
        let yaml = """
            name: broken
            formats: [json, yaml]
            colour: blue
            records:
              - recordType: ticket
                at: "result[*"
                fields:
                  externalId: sys_id
                  ciClass: x
                  openedAt: { path: opened_at, transforms: [{ timestamp: { format: "yyyy-MM-dd HH:mm:ss" } }] }
                  state: { path: state, mapping: { "1": new } }
              - recordType: relationship
                at: $
                fields: { source: a }
            """
        let found = diagnostics(yaml)
        #expect(found.contains("Adapters/jira/adapter.yaml:2:10: error: unknown format 'yaml' (expected one of: json, xml, csv)") || found.contains { $0.contains("unknown format 'yaml'") })
        #expect(found.contains { $0.hasPrefix("Adapters/jira/adapter.yaml:3:1: error: unknown key 'colour'") })
        #expect(found.contains { $0.hasPrefix("Adapters/jira/adapter.yaml:6:9: error: bad path: unclosed '['") })
        #expect(found.contains { $0.hasPrefix("Adapters/jira/adapter.yaml:9:7: error: unknown key 'ciClass' in 'fields' of a ticket rule") })
        #expect(found.contains { $0.contains("has no offset, so 'timestamp' needs a 'zone'") })
        #expect(found.contains { $0.hasPrefix("Adapters/jira/adapter.yaml:11:29: error: unknown key 'mapping'") }, "\(found)")
        #expect(found.contains { $0.contains("a relationship rule must map 'target'") })
        #expect(found.count == 7, "\(found)")
    }

    @Test("YAML syntax errors are located")
    func syntaxError() {
        let found = diagnostics("name: x\nformats: [json\nrecords: []\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("Adapters/jira/adapter.yaml:3:") == true)
    }

    @Test("XML rules check namespace prefixes and record locations")
    func xmlRules() {
        let yaml = """
            name: x
            formats: [xml]
            namespaces: { soap: "http://schemas.xmlsoap.org/soap/envelope/" }
            records:
              - recordType: configurationItem
                at: soap:Envelope/soap:Body/rem:Item
                fields: { externalId: "@id" }
              - recordType: configurationItem
                at: "items[0]"
                fields: { externalId: "$.id" }
            """
        let found = diagnostics(yaml)
        #expect(found.contains { $0.contains("namespace prefix 'rem'") })
        #expect(found.contains { $0.contains("an XML record location is a path of element names") })
        #expect(found.contains { $0.contains("'$' paths cannot be used in XML rules") })
    }

    @Test("DST rules and unknown zones are validated")
    func timestampSettings() {
        let yaml = """
            name: x
            formats: [csv]
            records:
              - recordType: ticket
                fields:
                  externalId: id
                  openedAt: { path: a, transforms: [{ timestamp: { format: "dd.MM.yyyy HH:mm", zone: Europe/Berlinn } }] }
                  updatedAt: { path: b, transforms: [{ timestamp: { format: "dd.MM.yyyy HH:mm", zone: UTC, ambiguous: latest } }] }
                  closedAt: { path: c, transforms: [{ timestamp: { format: "dd.MM.yyyy hh:mm", zone: UTC } }] }
            """
        let found = diagnostics(yaml)
        #expect(found.contains { $0.contains("unknown time zone 'Europe/Berlinn'") })
        #expect(found.contains { $0.contains("'ambiguous' must be one of error, earlier, later (found 'latest')") })
        #expect(found.contains { $0.contains("unknown pattern letters 'hh'") })
    }
}
