import AccordMapping
import Foundation
import Testing

@Suite("Streaming entry point: records from a file or stream, same checks as Data")
struct StreamingNormalizeTests {
    /// Maps `stream` and returns the JSON Lines and the document diagnostics' messages.
    private func run(_ adapter: Adapter, _ stream: InputStream, _ format: SourceFormat) -> (lines: String, errors: [String]) {
        var lines = ""
        let diagnostics = adapter.normalize(stream: stream, format: format) { lines += $0.jsonLine + "\n" }
        return (lines, diagnostics.map(\.message))
    }

    @Test("every example gives the same output streamed as from Data", arguments: AdapterExample.all)
    func examplesMatch(_ example: AdapterExample) throws {
        let adapter = try AdapterLoader.load(file: RepositoryFiles.adapterFile(example.adapter), displayPath: example.adapter)
        let format = try #require(SourceFormat(contentType: example.contentType))
        var lines = ""
        let diagnostics = adapter.normalize(contentsOf: example.input, format: format) { lines += $0.jsonLine + "\n" }
        #expect(diagnostics.isEmpty)
        #expect(lines == adapter.normalize(try Data(contentsOf: example.input), format: format).jsonLines)
    }

    @Test("a DOCTYPE after a comment longer than one read is still refused")
    func doctypeAfterLongComment() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!--" + String(repeating: "x", count: 200_000) + "-->\n<!DOCTYPE r [<!ENTITY a \"b\">]><response/>"
        let result = run(try TestAdapters.tickets(), InputStream(data: Data(xml.utf8)), .xml)
        #expect(result.lines.isEmpty)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.contains("DOCTYPE") == true)
    }

    @Test("invalid UTF-8 deep in a streamed document is found, with its byte offset")
    func invalidUTF8LateInStream() throws {
        var bytes = Array("<response>".utf8)
        let record = Array("<result><sys_id>1</sys_id><short_description>Größe</short_description></result>".utf8)
        while bytes.count < 300_000 { bytes += record }
        let before = Array("<result><sys_id>2</sys_id><short".utf8)
        let bad = bytes.count + before.count
        bytes += before + [0xC3, 0x28] + Array("/></result></response>".utf8)
        let result = run(try TestAdapters.tickets(), InputStream(data: Data(bytes)), .xml)
        #expect(result.errors == ["XML is not valid UTF-8 at byte \(bad) (only UTF-8 XML is accepted)"])
    }

    @Test("multi-byte characters split across reads are not mistaken for invalid UTF-8")
    func multibyteAcrossChunks() throws {
        var xml = "<response>"
        for index in 0 ..< 5_000 { xml += "<result><sys_id>\(index)</sys_id><short_description>数据库服务器 سرور 서버 Größe</short_description></result>" }
        xml += "</response>"
        let streamed = run(try TestAdapters.tickets(), InputStream(data: Data(xml.utf8)), .xml)
        #expect(streamed.errors.isEmpty)
        #expect(streamed.lines == (try TestAdapters.tickets().normalize(Data(xml.utf8), format: .xml).jsonLines))
    }

    @Test("the size limit applies to a stream")
    func sizeLimit() throws {
        let adapter = try TestAdapters.tickets(limits: "limits: { maxBytes: 1000 }\n")
        let xml = "<response>" + String(repeating: "<result><sys_id>1</sys_id></result>", count: 100) + "</response>"
        let result = run(adapter, InputStream(data: Data(xml.utf8)), .xml)
        #expect(result.errors == ["document is more than the limit of 1000 bytes"])
    }

    @Test("a truncated streamed document is an error after the records read so far")
    func truncated() throws {
        let xml = "<response><result><sys_id>1</sys_id></result><result><sys_id>2</sys"
        let result = run(try TestAdapters.tickets(), InputStream(data: Data(xml.utf8)), .xml)
        #expect(result.lines.split(separator: "\n").count == 1)
        #expect(result.errors.count == 1)
    }

    @Test("JSON and CSV streams are read whole and mapped")
    func jsonAndCSV() throws {
        let json = #"{"result":[{"sys_id":"a","short_description":"Überlauf"}]}"#
        #expect(run(try TestAdapters.tickets(), InputStream(data: Data(json.utf8)), .json).lines == "{\"recordType\":\"ticket\",\"externalId\":\"a\",\"title\":\"Überlauf\"}\n")
        let csv = "id,title\nb,서버\n"
        #expect(run(try TestAdapters.tickets(), InputStream(data: Data(csv.utf8)), .csv).lines == "{\"recordType\":\"ticket\",\"externalId\":\"b\",\"title\":\"서버\"}\n")
    }

    @Test("a missing file is a document diagnostic")
    func missingFile() throws {
        let diagnostics = try TestAdapters.tickets().normalize(contentsOf: URL(fileURLWithPath: "/nonexistent/accord.xml"), format: .xml) { _ in }
        #expect(diagnostics.count == 1)
    }
}
