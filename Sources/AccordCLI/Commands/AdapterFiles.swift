import AccordMapping
import ArgumentParser
import Foundation

/// Finds adapters for the CLI by name or path.
enum AdapterFiles {
    /// The adapter named `nameOrPath` in `directory`, or the adapter file at that path.
    static func load(_ nameOrPath: String, directory: String) throws -> Adapter {
        let path = nameOrPath.hasSuffix(".yaml") ? nameOrPath : "\(directory)/\(nameOrPath)/adapter.yaml"
        do {
            return try AdapterLoader.load(file: URL(fileURLWithPath: path), displayPath: path)
        } catch {
            StandardError.write(error.description)
            throw ExitCode(1)
        }
    }

    static func contentType(forExtension pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "xml": "application/xml"
        case "csv": "text/csv"
        default: "application/json"
        }
    }
}
