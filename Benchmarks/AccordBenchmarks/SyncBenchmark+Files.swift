import AccordConnectors
import AccordCore
import AccordMapping
import AccordStoreSQLite
import Foundation

extension SyncBenchmark {
    /// The same records dropped as files of `perFile` incidents and imported through
    /// ``FileDropImporter`` into a fresh hub (writing the files is not timed); returns the seconds.
    static func fileDrop(records: Int, perFile: Int, synchronous: SQLiteSynchronous, adapter: Adapter, in directory: URL) async throws -> Double {
        let drop = directory.appendingPathComponent("drop")
        try FileManager.default.createDirectory(at: drop, withIntermediateDirectories: true)
        for (number, start) in stride(from: 0, to: records, by: perFile).enumerated() {
            let name = String(format: "incidents-%05d.json", number)
            try SyncCorpus.page(start ..< min(start + perFile, records)).write(to: drop.appendingPathComponent(name))
        }
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("files.sqlite").path, synchronous: synchronous)
        defer { try? database.close() }
        let stores = database.storesWithSync
        let processor = InboxProcessor(
            stores: stores, suppliers: [supplier], adapters: ["servicenow": adapter], applier: DeliveryApplier(stores: stores, ledger: nil)
        )
        let importer = FileDropImporter(supplier: supplier, adapter: adapter, inbox: stores.inbox, store: database.syncStore, processor: processor)
        let clock = ContinuousClock()
        let start = clock.now
        let outcomes = try await importer.importDirectory(drop)
        let seconds = BenchmarkSupport.seconds(clock.now - start)
        let imported = outcomes.filter { $0.outcome == .imported }.count
        let tickets = try rowCounts(directory.appendingPathComponent("files.sqlite").path)["ticket"] ?? 0
        guard imported == outcomes.count, tickets == records else {
            throw BenchmarkFailure("file drop: \(imported) of \(outcomes.count) files imported, \(tickets) tickets")
        }
        try FileManager.default.removeItem(at: drop)
        return seconds
    }
}
