import AccordConnectors
import AccordCore
import AccordFederation
import AccordMapping
import AccordStoreSQLite
import Foundation
import GRDB
import Logging

/// A fresh hub for one run of the sync benchmark's CI and socket modes: a SQLite file, the
/// servicenow adapter, and the inbox processor as the server composes it (configuration items
/// handed on to the federated CMDB when `cmdb` is set; no ledger: no agreements configured).
struct SyncBenchmarkHub: Sendable {
    let path: String
    let database: SQLiteDatabase
    let adapter: Adapter
    let processor: InboxProcessor

    init(path: String, synchronous: SQLiteSynchronous, cmdb: Bool) throws {
        self.path = path
        database = try SQLiteDatabase(path: path, synchronous: synchronous)
        adapter = try AdapterLoader.load(file: URL(fileURLWithPath: "Adapters/servicenow/adapter.yaml"))
        let stores = database.storesWithSync
        let federated = FederatedCMDB(store: stores.cmdb, rules: .defaults, tiers: [SyncBenchmark.supplier.id: SyncBenchmark.supplier.tier])
        let hook: @Sendable ([ConfigurationItem], [SourceRelationship]) async throws -> Void = { items, relationships in
            if !items.isEmpty { _ = try await federated.ingest(items) }
            if !relationships.isEmpty { try await federated.ingest(relationships: relationships) }
        }
        let applier = DeliveryApplier(stores: stores, ledger: nil, configurationChanged: cmdb ? hook : nil)
        processor = InboxProcessor(stores: stores, suppliers: [SyncBenchmark.supplier], adapters: ["servicenow": adapter], applier: applier)
    }

    /// A sync of `resource` from `baseURL` through `transport`, reading `readAhead` pages ahead.
    func sync(_ resource: SyncResource, baseURL: URL, transport: any HTTPTransport, readAhead: Int = 1) -> SupplierSync {
        var logger = Logger(label: "accord.bench")
        logger.logLevel = .error
        var settings = SyncSettings(baseURL: baseURL, resources: [resource], mode: .full)
        settings.readAhead = readAhead
        return SupplierSync(
            supplier: SyncBenchmark.supplier, settings: settings, adapter: adapter,
            inbox: database.storesWithSync.inbox, store: database.syncStore, notices: nil, processor: processor, transport: transport,
            breaker: CircuitBreaker(), environment: [:], logger: logger
        )
    }

    var importer: FileDropImporter {
        FileDropImporter(supplier: SyncBenchmark.supplier, adapter: adapter, inbox: database.storesWithSync.inbox, store: database.syncStore, processor: processor)
    }

    /// A full load, then unchanged incremental re-runs (the best of `reruns`), each checked: every
    /// record created, then every record unchanged; with the rows of `tables` after each.
    func firstLoadAndReruns(
        _ resource: SyncResource, records: Int, baseURL: URL, transport: any HTTPTransport, reruns: Int, tables: [String], label: String
    ) async throws -> SyncRunMeasurement {
        let sync = sync(resource, baseURL: baseURL, transport: transport)
        let clock = ContinuousClock()
        let start = clock.now
        let first = try await sync.run(resource, mode: .full) { progress in
            if progress.pages % 100 == 0 { print("  \(label) first load: \(progress.records) records…") }
        }
        var measured = SyncRunMeasurement(firstSeconds: BenchmarkSupport.seconds(clock.now - start))
        guard first.status == .completed, first.counts.created == records else {
            throw BenchmarkFailure("\(label) first load: \(first.status) \(first.counts) \(first.error ?? "")")
        }
        measured.rowsBefore = try rowCounts(tables)
        for _ in 0 ..< reruns {
            let rerunStart = clock.now
            let rerun = try await sync.run(resource, mode: .incremental)
            measured.rerunSeconds = min(measured.rerunSeconds ?? .infinity, BenchmarkSupport.seconds(clock.now - rerunStart))
            guard rerun.status == .completed, rerun.counts.unchanged == records else {
                throw BenchmarkFailure("\(label) re-run: \(rerun.status) \(rerun.counts) \(rerun.error ?? "")")
            }
        }
        measured.rowsAfter = try rowCounts(tables)
        return measured
    }

    /// Closes the database and deletes its file.
    func discard() throws {
        try database.close()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Rows per table of the hub's file.
    func rowCounts(_ tables: [String]) throws -> [String: Int] {
        try SyncBenchmark.rowCounts(path, tables: tables)
    }
}

/// One hub's first load and unchanged re-runs, with the rows per table after each.
struct SyncRunMeasurement {
    var firstSeconds: Double
    /// The best re-run; `nil` when none ran.
    var rerunSeconds: Double?
    var rowsBefore: [String: Int] = [:]
    var rowsAfter: [String: Int] = [:]
}

extension SyncBenchmark {
    /// Rows per table in the SQLite file at `path`, read through its own connection.
    static func rowCounts(_ path: String, tables: [String]) throws -> [String: Int] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in tables { counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return counts
        }
    }
}
