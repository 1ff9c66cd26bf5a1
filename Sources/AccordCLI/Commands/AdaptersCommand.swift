import AccordMapping
import ArgumentParser
import Foundation

/// `accord adapters …`: check adapter files, dry-run them on supplier payloads, run their examples.
struct AdaptersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adapters",
        abstract: "Lint, run and test the declarative adapters in Adapters/.",
        subcommands: [Lint.self, Run.self, Test.self]
    )

    /// `accord adapters lint [PATH]`: every diagnostic as `file:line:column: error: …`; exit 1 on errors.
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate adapter files; exit 1 listing every error.")

        @Argument(help: "An adapter.yaml file or a directory of adapters (default: Adapters).")
        var path = "Adapters"

        func run() async throws {
            let diagnostics: [AdapterDiagnostic]
            var count = 0
            if path.hasSuffix(".yaml") {
                do {
                    _ = try AdapterLoader.load(file: URL(fileURLWithPath: path), displayPath: path)
                    diagnostics = []
                    count = 1
                } catch {
                    diagnostics = error.diagnostics
                }
            } else {
                let loaded = AdapterLoader.loadAll(directory: URL(fileURLWithPath: path), displayPrefix: path)
                diagnostics = loaded.diagnostics
                count = loaded.adapters.count
            }
            guard diagnostics.isEmpty else {
                StandardError.write(diagnostics.map(\.description).joined(separator: "\n"))
                throw ExitCode(1)
            }
            StandardOutput.write("\(path): OK — \(count) adapter\(count == 1 ? "" : "s")")
        }
    }

    /// `accord adapters run --adapter NAME|PATH --input FILE|-`: canonical records as JSON Lines.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Map one payload and print canonical records as JSON Lines.")

        @Option(help: "An adapter name (looked up in --adapters) or a path to an adapter.yaml.")
        var adapter: String

        @Option(help: "The payload file, or - for standard input (XML is streamed; records print as they are mapped).")
        var input: String

        @Option(help: "The payload's content type (default: from the file extension, else application/json).")
        var contentType: String?

        @Option(help: "The adapters directory.")
        var adapters = "Adapters"

        func run() async throws {
            let loaded = try AdapterFiles.load(adapter, directory: adapters)
            let type = contentType ?? AdapterFiles.contentType(forExtension: (input as NSString).pathExtension)
            guard let format = SourceFormat(contentType: type) else {
                StandardError.write("\(loaded.name): content type '\(type)' is not one this adapter reads")
                throw ExitCode(1)
            }
            // Streamed: an XML file of any size maps in bounded memory, records printed as they come.
            var output = JSONLinesOutput()
            var recordDiagnostics: [MappingDiagnostic] = []
            let onRecord: (CanonicalRecord) -> Void = { record in
                output.write(record)
                recordDiagnostics += record.diagnostics
            }
            let documentDiagnostics: [MappingDiagnostic]
            if input == "-" {
                let stream = InputStream(fileAtPath: "/dev/stdin") ?? InputStream(data: FileHandle.standardInput.readDataToEndOfFile())
                documentDiagnostics = loaded.normalize(stream: stream, format: format, onRecord: onRecord)
            } else {
                documentDiagnostics = loaded.normalize(contentsOf: URL(fileURLWithPath: input), format: format, onRecord: onRecord)
            }
            output.flush()
            for diagnostic in recordDiagnostics + documentDiagnostics { StandardError.write(diagnostic.description) }
            if !documentDiagnostics.isEmpty { throw ExitCode(1) }
        }
    }

    /// `accord adapters test [NAME]`: runs every example pair and prints a diff for mismatches.
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every adapter's examples; exit 1 on any mismatch.")

        @Argument(help: "Only this adapter.")
        var name: String?

        @Option(help: "The adapters directory.")
        var adapters = "Adapters"

        func run() async throws {
            let report = try AdapterExampleRunner.run(directory: adapters, only: name)
            for line in report.lines { StandardOutput.write(line) }
            StandardOutput.write("\(report.passed) passed, \(report.failed) failed")
            if report.failed > 0 { throw ExitCode(1) }
        }
    }
}
