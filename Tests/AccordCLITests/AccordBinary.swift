import AccordTestSupport
import Foundation

/// Runs the built `accord` executable as a child process, as a user would.
struct AccordBinary {
    /// The executable next to the test bundle in the build products directory.
    static var url: URL {
        get throws {
            let candidates = [
                Bundle.main.bundleURL,
                URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
            for directory in candidates {
                for base in [directory, directory.deletingLastPathComponent()] {
                    let url = base.appendingPathComponent("accord")
                    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
                }
            }
            throw FixtureError("the accord executable was not found next to the test bundle")
        }
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `accord` with `arguments` in `directory` and waits for it to exit.
    static func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }
}
