import AccordMapping
import Foundation
import Testing

/// Small inline adapters for reader and mapping tests.
enum TestAdapters {
    static let ticketsYAML = """
        name: test
        formats: [json, xml, csv]
        records:
          - recordType: ticket
            format: json
            at: "result[*]"
            fields:
              externalId: sys_id
              title: short_description
          - recordType: ticket
            format: xml
            at: response/result
            fields:
              externalId: sys_id
              title: short_description
          - recordType: ticket
            format: csv
            fields:
              externalId: id
              title: title
        """

    static func tickets(limits: String = "") throws -> Adapter {
        try AdapterLoader.parse(yaml: ticketsYAML.replacingOccurrences(of: "records:", with: limits + "records:"), file: "test.yaml")
    }

    /// The one document diagnostic a hostile document must produce.
    static func documentError(_ result: NormalizationResult) throws -> String {
        #expect(result.records.isEmpty)
        let diagnostic = try #require(result.documentDiagnostics.first, "expected a document error")
        return diagnostic.message
    }
}
