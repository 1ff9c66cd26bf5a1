import Foundation

/// Locations inside the Accord repository, for tests that use the shipped files.
public enum RepositoryPaths {
    /// The repository root (derived from this file's location at compile time).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // AccordTestSupport
        .deletingLastPathComponent() // Sources
        .deletingLastPathComponent()

    /// The sample `Config/` directory.
    public static var sampleConfig: URL { root.appendingPathComponent("Config", isDirectory: true) }
}
