import Foundation

/// Paths into the repository, found from this file's location (symlinks resolved, so the tests
/// also work from a scratch package that links the sources in).
enum RepositoryFiles {
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let adapters = root.appendingPathComponent("Adapters")

    static func adapterFile(_ name: String) -> URL {
        adapters.appendingPathComponent(name).appendingPathComponent("adapter.yaml")
    }
}
