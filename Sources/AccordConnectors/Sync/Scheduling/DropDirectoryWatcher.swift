import Foundation

/// Polls a file-drop directory and hands over files that are new or changed and have stopped
/// growing: a file is taken once its size and modification time are the same on two polls in a
/// row, so a file still being copied in is never read half-written.
///
/// What was handed over is remembered in memory only; after a restart every file is offered
/// again and ``FileDropImporter`` skips the ones it imported before by content hash.
public actor DropDirectoryWatcher {
    struct Stamp: Equatable {
        var size: Int
        var modified: Date
    }

    public let directory: URL
    private var pending: [String: Stamp] = [:]
    private var taken: [String: Stamp] = [:]

    public init(directory: URL) { self.directory = directory }

    /// The files ready to import on this poll, by name; a missing directory has none.
    public func poll() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var ready: [URL] = []
        var seen: [String: Stamp] = [:]
        for name in names.sorted() where FileDropImporter.contentType(of: name) != nil {
            let url = directory.appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  (attributes[.type] as? FileAttributeType) == .typeRegular,
                  let size = (attributes[.size] as? NSNumber)?.intValue, let modified = attributes[.modificationDate] as? Date else { continue }
            let stamp = Stamp(size: size, modified: modified)
            seen[name] = stamp
            if taken[name] == stamp { continue }
            if pending[name] == stamp {
                taken[name] = stamp
                ready.append(url)
            }
        }
        pending = seen
        taken = taken.filter { seen[$0.key] != nil }
        return ready
    }
}
