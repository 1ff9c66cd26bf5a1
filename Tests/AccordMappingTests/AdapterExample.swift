import Foundation
import Testing

/// One `<case>.input.<ext>` / `<case>.expected.jsonl` pair found under `Adapters/*/examples/`.
struct AdapterExample: Sendable, CustomTestStringConvertible {
    var adapter: String
    var name: String
    var input: URL
    var expected: URL

    var testDescription: String { "\(adapter)/\(name)" }

    /// The content type the example is sent with, from its extension.
    var contentType: String {
        switch input.pathExtension {
        case "xml": "application/xml"
        case "csv": "text/csv"
        default: "application/json"
        }
    }

    /// Every example pair on disk, sorted.
    static let all: [AdapterExample] = {
        let manager = FileManager.default
        var examples: [AdapterExample] = []
        let adapters = (try? manager.contentsOfDirectory(atPath: RepositoryFiles.adapters.path)) ?? []
        for adapter in adapters.sorted() {
            let folder = RepositoryFiles.adapters.appendingPathComponent(adapter).appendingPathComponent("examples")
            let files = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() {
                guard let range = file.range(of: ".input.") else { continue }
                let name = String(file[..<range.lowerBound])
                examples.append(AdapterExample(
                    adapter: adapter, name: name, input: folder.appendingPathComponent(file),
                    expected: folder.appendingPathComponent(name + ".expected.jsonl")
                ))
            }
        }
        return examples
    }()
}
