import Foundation

/// A writable copy of the sample `Config/` in a temporary directory, for tests that break it.
public final class ConfigFixture: Sendable {
    private let temporary: TemporaryDirectory
    /// The copy's path, ending in `Config`.
    public let directory: String

    public init() throws {
        temporary = try TemporaryDirectory(prefix: "accord-config")
        let target = temporary.url.appendingPathComponent("Config", isDirectory: true)
        try FileManager.default.copyItem(at: RepositoryPaths.sampleConfig, to: target)
        directory = target.path
    }

    /// Writes `text` to `relativePath` inside the copy, creating folders as needed.
    public func write(_ relativePath: String, _ text: String) throws {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Reads `relativePath` inside the copy.
    public func read(_ relativePath: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` with `new` in `relativePath`; throws if `old` is absent.
    public func replace(_ old: String, with new: String, in relativePath: String) throws {
        let text = try read(relativePath)
        guard let range = text.range(of: old) else {
            throw FixtureError("'\(old)' not found in \(relativePath)")
        }
        try write(relativePath, text.replacingCharacters(in: range, with: new))
    }
}

/// A fixture that could not be prepared.
public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
