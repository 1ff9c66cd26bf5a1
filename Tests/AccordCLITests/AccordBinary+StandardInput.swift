import Foundation

extension AccordBinary {
    /// Runs `accord` with `input` on standard input (written from a file, so a large input never
    /// blocks on a full pipe) and waits for it to exit.
    static func run(_ arguments: [String], standardInput input: String) throws -> Result {
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("accord-stdin-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
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
