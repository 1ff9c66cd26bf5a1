import AccordCore
import AccordMapping
import Foundation

/// Imports JSON, XML and CSV files for a supplier (a file-drop directory or `accord import`).
///
/// Each file is recorded by content hash, so a re-dropped file is skipped. A file is stored raw in
/// the inbox (channel `fileDrop`, delivery id `file-<sha256>`) before it is normalised; a file the
/// adapter cannot read is rejected whole: the inbox keeps it as a dead letter with the reason,
/// ready for `accord inbox replay` once the adapter is fixed.
public struct FileDropImporter: Sendable {
    let supplier: Supplier
    let adapter: Adapter
    let inbox: any InboxStore
    let store: any SyncStore
    let processor: InboxProcessor
    let clock: any SyncClock

    public init(supplier: Supplier, adapter: Adapter, inbox: any InboxStore, store: any SyncStore, processor: InboxProcessor, clock: any SyncClock = SystemSyncClock()) {
        self.supplier = supplier
        self.adapter = adapter
        self.inbox = inbox
        self.store = store
        self.processor = processor
        self.clock = clock
    }

    /// What happened to one file.
    public enum Outcome: Sendable, Equatable {
        case imported
        /// Imported before (same content hash).
        case skipped
        /// Kept as a dead letter; the reason says why.
        case rejected(String)
        /// Stored, but its apply failed and is retried (the reason says why): not imported yet, so
        /// it does not count for freshness and is not recorded (importing it again retries it).
        case retrying(String)
    }

    /// Imports every `*.json`, `*.xml` and `*.csv` file in `directory`, by name.
    public func importDirectory(_ directory: URL) async throws -> [(file: String, outcome: Outcome)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { Self.contentType(of: $0) != nil }.sorted()
        var outcomes: [(String, Outcome)] = []
        for name in names { outcomes.append((name, try await importFile(directory.appendingPathComponent(name)))) }
        return outcomes
    }

    public func importFile(_ url: URL) async throws -> Outcome {
        guard let contentType = Self.contentType(of: url.lastPathComponent) else {
            return .rejected("\(url.lastPathComponent): only .json, .xml and .csv files are imported")
        }
        let body = try Data(contentsOf: url)
        let hash = RecordHash.hex(body)
        if try await store.hasImportedFile(supplier: supplier.id, contentHash: hash) { return .skipped }
        let delivery = InboxDelivery(
            supplier: supplier.id, channel: .fileDrop, deliveryID: "file-\(hash)", receivedAt: clock.now(), contentType: contentType,
            headers: ["x-accord-file": url.lastPathComponent], body: body
        )
        let entryID: Int64
        switch try await inbox.accept([delivery]).first {
        case .accepted(let id)?:
            entryID = id
        case .duplicate(let id)?:
            // Stored by an import that was killed before it finished: finish it now.
            guard try await inbox.entry(id)?.status == .pending else { return try await recorded(hash, url, .skipped) }
            entryID = id
        case .conflict?, nil:
            return try await recorded(hash, url, .skipped)
        }
        // The file is recorded as imported only once its outcome is settled, so a kill before
        // that leaves it to be imported again (the inbox keeps the stored copy from repeating).
        let outcome = try await settle(entryID, body: body, contentType: contentType, name: url.lastPathComponent)
        if case .retrying = outcome { return outcome }
        return try await recorded(hash, url, outcome)
    }

    private func recorded(_ hash: String, _ url: URL, _ outcome: Outcome) async throws -> Outcome {
        try await store.recordImportedFile(
            supplier: supplier.id, contentHash: hash, name: url.lastPathComponent, at: clock.now(), imported: outcome == .imported
        )
        return outcome
    }

    private func settle(_ entryID: Int64, body: Data, contentType: String, name: String) async throws -> Outcome {
        // Whole file or nothing: one unreadable record rejects the file before anything is applied.
        let result = adapter.normalize(body, contentType: contentType)
        if !result.isClean || result.records.isEmpty {
            let reason = result.records.isEmpty && result.isClean ? "no records found" : result.allDiagnostics.map(\.description).joined(separator: "\n")
            try await inbox.markFailed(entryID, at: clock.now(), error: "file rejected whole: \(reason)", retryAt: nil)
            return .rejected("\(name) rejected whole (inbox entry \(entryID), kept for replay): \(reason)")
        }
        // Applied now with the normalisation just checked (not normalised a second time); the
        // processor records a failure in the entry's attempt log as for any inbox entry.
        // An entry waiting for its retry time (a killed import's earlier failure) is left to it.
        guard let pending = try await inbox.entry(entryID) else { return .imported }
        let now = clock.now()
        if pending.status == .pending, (pending.nextAttemptAt ?? now) <= now { await processor.process(pending, normalized: result, now: now) }
        guard let entry = try await inbox.entry(entryID) else { return .imported }
        switch entry.status {
        case .processed: return .imported
        case .dead: return .rejected("\(name) rejected whole (inbox entry \(entryID), kept for replay): \(entry.lastError ?? "unreadable")")
        case .pending: return retrying(entry, name: name)
        }
    }

    private func retrying(_ entry: InboxEntry, name: String) -> Outcome {
        .retrying("\(name) (inbox entry \(entry.id)) is not applied yet: \(entry.lastError ?? "waiting for its turn"); it is retried")
    }

    static func contentType(of name: String) -> String? {
        switch (name as NSString).pathExtension.lowercased() {
        case "json": "application/json"
        case "xml": "application/xml"
        case "csv": "text/csv"
        default: nil
        }
    }
}
