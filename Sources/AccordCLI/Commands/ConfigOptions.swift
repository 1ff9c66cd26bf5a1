import AccordConfig
import ArgumentParser
import Foundation

/// The `--config DIR` option shared by commands that read `Config/`.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "The configuration directory.")
    var config: String = "./Config"

    /// Loads the configuration, or prints every diagnostic to standard error and exits with 1.
    func load() throws -> AccordConfiguration {
        do {
            return try ConfigLoader.load(directory: config)
        } catch {
            StandardError.write(error.description)
            StandardError.write("\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") in \(config)")
            throw ExitCode(1)
        }
    }
}

/// Writes lines to standard error, unbuffered.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Writes lines to standard output and flushes, so a supervising process sees them at once.
enum StandardOutput {
    static func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
