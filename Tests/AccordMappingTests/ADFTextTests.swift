import AccordMapping
import Foundation
import Testing

/// `adfText`: Jira Cloud REST v3 writes descriptions and comments as Atlassian Document Format.
@Suite("adfText transform")
struct ADFTextTests {
    private func description(_ json: String) throws -> CanonicalRecord {
        let yaml = """
            name: j
            formats: [json]
            records:
              - recordType: ticket
                at: "issues[*]"
                fields:
                  externalId: id
                  title: { value: t }
                  description: { path: fields.description, transforms: [adfText] }
            """
        let adapter = try AdapterLoader.parse(yaml: yaml, file: "j.yaml")
        return try #require(adapter.normalize(Data(#"{"issues":[{"id":"10001","fields":{"description":\#(json)}}]}"#.utf8), contentType: "application/json").records.first)
    }

    @Test("paragraphs, marks, hard breaks, mentions, emoji, status, dates, links and code become lines of text")
    func inlineAndBlocks() throws {
        let document = """
            {"version":1,"type":"doc","content":[
              {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Mail relay down"}]},
              {"type":"paragraph","content":[
                {"type":"text","text":"Since "},{"type":"date","attrs":{"timestamp":"1709251200000"}},
                {"type":"text","text":" users in "},{"type":"text","text":"Zürich","marks":[{"type":"strong"}]},
                {"type":"text","text":" see bounces "},{"type":"emoji","attrs":{"shortName":":warning:","id":"26a0","text":"⚠️"}},
                {"type":"hardBreak"},{"type":"text","text":"cc "},{"type":"mention","attrs":{"id":"5b10ac8d82e05b22cc7d4ef5","text":"@Jane Doe"}},
                {"type":"text","text":" status "},{"type":"status","attrs":{"text":"BLOCKED","color":"red"}},
                {"type":"text","text":" see "},{"type":"inlineCard","attrs":{"url":"https://status.example.com/incidents/42"}}
              ]},
              {"type":"codeBlock","attrs":{"language":"bash"},"content":[{"type":"text","text":"postqueue -p"}]},
              {"type":"rule"},
              {"type":"mediaSingle","attrs":{"layout":"center"},"content":[{"type":"media","attrs":{"id":"abc","type":"file","collection":"x"}}]},
              {"type":"panel","attrs":{"panelType":"info"},"content":[{"type":"paragraph","content":[{"type":"text","text":"Workaround: use webmail."}]}]}
            ]}
            """
        let record = try description(document)
        #expect(record.diagnostics.isEmpty, "\(record.diagnostics)")
        #expect(record.text(.description) == """
            Mail relay down
            Since 2024-03-01 users in Zürich see bounces ⚠️
            cc @Jane Doe status BLOCKED see https://status.example.com/incidents/42
            postqueue -p
            ---
            Workaround: use webmail.
            """)
    }

    @Test("bullet, ordered (with a start), nested and task lists, and tables")
    func listsAndTables() throws {
        let document = """
            {"type":"doc","version":1,"content":[
              {"type":"bulletList","content":[
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"first"}]},
                  {"type":"orderedList","attrs":{"order":3},"content":[
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"three"}]}]},
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"four"}]}]}]}]},
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"second"}]}]}]},
              {"type":"taskList","attrs":{"localId":"t"},"content":[
                {"type":"taskItem","attrs":{"localId":"a","state":"DONE"},"content":[{"type":"text","text":"restart MTA"}]},
                {"type":"taskItem","attrs":{"localId":"b","state":"TODO"},"content":[{"type":"text","text":"inform users"}]}]},
              {"type":"table","content":[
                {"type":"tableRow","content":[
                  {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Host"}]}]},
                  {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Queue"}]}]}]},
                {"type":"tableRow","content":[
                  {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"mx-01"}]}]},
                  {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"1204"}]}]}]}]}
            ]}
            """
        let record = try description(document)
        #expect(record.diagnostics.isEmpty, "\(record.diagnostics)")
        #expect(record.text(.description) == """
            - first
              3. three
              4. four
            - second
            [x] restart MTA
            [ ] inform users
            Host | Queue
            mx-01 | 1204
            """)
    }

    @Test("a v2 text passes unchanged, an empty document and null give no value, unknown node types give their text")
    func passThrough() throws {
        #expect(try description(#""h1. Outage\n*bold* text""#).text(.description) == "h1. Outage\n*bold* text")
        #expect(try description(#"{"type":"doc","version":1,"content":[]}"#).text(.description) == nil)
        #expect(try description("null").text(.description) == nil)
        let future = #"{"type":"doc","version":1,"content":[{"type":"fancyBlock","content":[{"type":"text","text":"still "},{"type":"sparkle","content":[{"type":"text","text":"readable"}]}]}]}"#
        #expect(try description(future).text(.description) == "still readable")
    }

    @Test("an object that is not a document is a diagnostic that says so")
    func notADocument() throws {
        let record = try description(#"{"type":"paragraph","content":[]}"#)
        #expect(record.diagnostics.first?.field == "description")
        #expect(record.diagnostics.first?.message.contains("not an Atlassian document") == true)
    }

    @Test("nested task lists keep their markers, breaks and code lines stay under their list item, a huge start number is kept in range")
    func nestingAndBreaks() throws {
        let document = """
            {"type":"doc","version":1,"content":[
              {"type":"taskList","attrs":{"localId":"t"},"content":[
                {"type":"taskItem","attrs":{"localId":"a","state":"DONE"},"content":[{"type":"text","text":"a"}]},
                {"type":"taskList","attrs":{"localId":"u"},"content":[
                  {"type":"taskItem","attrs":{"localId":"b","state":"TODO"},"content":[{"type":"text","text":"b"}]}]}]},
              {"type":"bulletList","content":[
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"},{"type":"hardBreak"},{"type":"text","text":"more"}]}]},
                {"type":"listItem","content":[{"type":"codeBlock","content":[{"type":"text","text":"line 1\\nline 2"}]}]}]},
              {"type":"orderedList","attrs":{"order":9223372036854775807},"content":[
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]},
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"y"}]}]}]}
            ]}
            """
        let record = try description(document)
        #expect(record.diagnostics.isEmpty, "\(record.diagnostics)")
        #expect(record.text(.description) == """
            [x] a
                [ ] b
            - one
              more
            - line 1
              line 2
            1000000000. x
            1000000001. y
            """)
    }
}
