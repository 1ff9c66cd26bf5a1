import Foundation

/// One line of `scripts/sign_webhooks.py`'s output: a delivery signed by the `standardwebhooks`
/// Python package, the independent signer the interop tests check Accord against.
public struct SignedDelivery: Decodable, Sendable {
    public var id: String
    public var timestamp: String
    public var signature: String
    public var body: String
    public var tampered: Bool
    public var tamperedPart: String?

    /// Whether `python3 -c "import standardwebhooks"` succeeds.
    public static let pythonSenderAvailable: Bool = (try? runPython(["-c", "import standardwebhooks"]).status) == 0

    /// Runs the script: `count` genuine deliveries followed by `count` tampered ones, ids starting with `prefix`.
    public static func generate(count: Int, secret: String, prefix: String? = nil) throws -> [SignedDelivery] {
        let script = RepositoryPaths.root.appendingPathComponent("scripts/sign_webhooks.py").path
        let result = try runPython([script, "--count", String(count), "--secret", secret] + (prefix.map { ["--prefix", $0] } ?? []))
        guard result.status == 0 else { throw FixtureError("sign_webhooks.py failed: \(String(decoding: result.output, as: UTF8.self))") }
        return try String(decoding: result.output, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(SignedDelivery.self, from: Data($0.utf8))
        }
    }

    private static func runPython(_ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}
