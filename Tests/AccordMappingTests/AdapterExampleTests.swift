import AccordMapping
import Foundation
import Testing

@Suite("Adapter examples")
struct AdapterExampleTests {
    @Test("every adapter has at least three example pairs")
    func everyAdapterHasExamples() throws {
        let adapters = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.adapters.path)
        #expect(!adapters.isEmpty)
        for adapter in adapters {
            let count = AdapterExample.all.filter { $0.adapter == adapter }.count
            #expect(count >= 3, "\(adapter) has \(count) example pairs")
        }
    }

    @Test("example maps to its expected JSON Lines", arguments: AdapterExample.all)
    func example(_ example: AdapterExample) throws {
        let adapter = try AdapterLoader.load(file: RepositoryFiles.adapterFile(example.adapter), displayPath: "Adapters/\(example.adapter)/adapter.yaml")
        let input = try Data(contentsOf: example.input)
        let result = adapter.normalize(input, contentType: example.contentType)
        #expect(result.documentDiagnostics.isEmpty, "\(result.documentDiagnostics)")
        let expectedData = try #require(FileManager.default.contents(atPath: example.expected.path), "missing \(example.expected.lastPathComponent)")
        let expected = String(decoding: expectedData, as: UTF8.self)
        let actual = result.jsonLines
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(actualLines.count == expectedLines.count, "record count: got \(actualLines.count), expected \(expectedLines.count)\n\(actual)")
        for (index, pair) in zip(actualLines, expectedLines).enumerated() where pair.0 != pair.1 {
            Issue.record("line \(index + 1) differs\n  got:      \(pair.0)\n  expected: \(pair.1)")
        }
        // Byte-exact: the expected file is the output, newline-terminated.
        #expect(Array(actual.utf8) == Array(expected.utf8) || actualLines != expectedLines)
    }
}
