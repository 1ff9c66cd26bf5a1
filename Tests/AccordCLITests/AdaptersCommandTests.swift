import AccordTestSupport
import Foundation
import Testing

@Suite("accord adapters lint, run and test")
struct AdaptersCommandTests {
    private var adapters: String { RepositoryPaths.root.appendingPathComponent("Adapters").path }

    @Test("lint passes the shipped adapters")
    func lintShipped() throws {
        let result = try AccordBinary.run(["adapters", "lint", adapters])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains(": OK — "))
    }

    @Test("lint exits 1 with a located error for a broken adapter copied to a temporary directory")
    func lintBroken() throws {
        let work = try TemporaryDirectory(prefix: "accord-adapters-lint")
        let folder = work.url.appendingPathComponent("pagerduty")
        try FileManager.default.copyItem(atPath: "\(adapters)/pagerduty", toPath: folder.path)
        let file = folder.appendingPathComponent("adapter.yaml").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: { path: data.title, transforms: [trim] }", with: "title: { path: data.title, transforms: [trimm] }")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("transforms: [trim] }") && $0.contains("data.title") }) + 1

        let result = try AccordBinary.run(["adapters", "lint", work.path])
        #expect(result.status == 1)
        let located = result.standardError.split(separator: "\n").first { $0.hasPrefix("\(work.path)/pagerduty/adapter.yaml:\(line):") }
        let diagnostic = try #require(located, "no located diagnostic in: \(result.standardError)")
        #expect(diagnostic.contains(": error: "))
        #expect(diagnostic.contains("trimm"))
    }

    @Test("run prints one canonical JSON object per line")
    func runPrintsJSONLines() throws {
        let input = "\(adapters)/remedy/examples/soap-query-list.input.xml"
        let result = try AccordBinary.run(["adapters", "run", "--adapter", "remedy", "--adapters", adapters, "--input", input])
        #expect(result.status == 0)
        let expected = try String(contentsOfFile: "\(adapters)/remedy/examples/soap-query-list.expected.jsonl", encoding: .utf8)
        #expect(result.standardOutput == expected)
        for line in result.standardOutput.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["recordType"] as? String == "ticket")
        }
        // The third record's diagnostics are repeated on standard error, located by record.
        #expect(result.standardError.contains("remedy: record 3: field 'priority'"))
    }

    @Test("run exits 1 with a document error for a refused document")
    func runRefusesDoctype() throws {
        let work = try TemporaryDirectory(prefix: "accord-adapters-run")
        let input = work.file("xxe.xml")
        try "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try AccordBinary.run(["adapters", "run", "--adapter", "cmdbf", "--adapters", adapters, "--input", input])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("DOCTYPE"))
    }

    @Test("test runs an adapter's examples and prints the pass count")
    func testPrintsPassCount() throws {
        let result = try AccordBinary.run(["adapters", "test", "pagerduty", "--adapters", adapters])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("PASS pagerduty/incident-triggered"))
        #expect(result.standardOutput.split(separator: "\n").last == "5 passed, 0 failed")
    }

    @Test("test exits 1 and shows a diff when an expected file is wrong")
    func testShowsDiff() throws {
        let work = try TemporaryDirectory(prefix: "accord-adapters-test")
        try FileManager.default.copyItem(atPath: "\(adapters)/cmdbf", toPath: work.file("cmdbf"))
        let expected = work.file("cmdbf/examples/query-response.expected.jsonl")
        let text = try String(contentsOfFile: expected, encoding: .utf8)
        try text.replacingOccurrences(of: "\"retired\"", with: "\"operational\"").write(toFile: expected, atomically: true, encoding: .utf8)
        let result = try AccordBinary.run(["adapters", "test", "--adapters", work.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("FAIL cmdbf/query-response"))
        #expect(result.standardOutput.contains("  - {\"recordType\":\"configurationItem\",\"externalId\":\"urn:mdr:asset-db/srv-2\",\"status\":\"operational\""))
        #expect(result.standardOutput.split(separator: "\n").last == "3 passed, 1 failed")  // the four cmdbf examples
    }
}
