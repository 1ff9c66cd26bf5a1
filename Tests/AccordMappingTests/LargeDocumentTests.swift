import AccordMapping
import Foundation
import Testing

@Suite("Large documents")
struct LargeDocumentTests {
    /// About 50 MB of records in the chosen format.
    static func document(_ format: String, records: Int) -> Data {
        var text = format == "json" ? "{\"result\":[" : "<?xml version=\"1.0\"?><response>"
        text.reserveCapacity(records * 200)
        for index in 0..<records {
            if format == "json" {
                if index > 0 { text += "," }
                text += "{\"sys_id\":\"\(index)\",\"short_description\":\"Störung Nummer \(index) – 服务中断 – \(String(repeating: "x", count: 120))\"}"
            } else {
                text += "<result><sys_id>\(index)</sys_id><short_description>Störung Nummer \(index) – 服务中断 – \(String(repeating: "x", count: 120))</short_description></result>"
            }
        }
        text += format == "json" ? "]}" : "</response>"
        return Data(text.utf8)
    }

    @Test("a 50 MB document is read completely", arguments: ["json", "xml"])
    func fiftyMegabytes(format: String) throws {
        let records = format == "json" ? 290_000 : 230_000
        let data = Self.document(format, records: records)
        #expect(data.count > 50_000_000)
        let adapter = try TestAdapters.tickets()
        let result = adapter.normalize(data, contentType: "application/\(format)")
        #expect(result.documentDiagnostics.isEmpty)
        #expect(result.records.count == records)
        #expect(result.records.last?.externalId == String(records - 1))
    }

    @Test("a 50 MB document over the adapter's size limit is refused before reading")
    func overLimit() throws {
        let data = Self.document("json", records: 290_000)
        let adapter = try TestAdapters.tickets(limits: "limits: { maxBytes: 10000000 }\n")
        let message = try TestAdapters.documentError(adapter.normalize(data, contentType: "application/json"))
        #expect(message.contains("more than the limit of 10000000"))
    }
}
