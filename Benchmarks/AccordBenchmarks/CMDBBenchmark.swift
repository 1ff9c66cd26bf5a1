import AccordCore
import AccordFederation
import AccordStoreSQLite
import Foundation

/// `swift run -c release AccordBenchmarks cmdb [--records N] [--output PATH] [--no-write]`:
/// reconciles N source CI records from five suppliers into a fresh SQLite file (records/s), then
/// times impact queries through ``FederatedCMDB`` against one plain recursive SQL query over the
/// same tables, after checking both reach the same CIs.
enum CMDBBenchmark {
    static func run(arguments: [String]) throws {
        let records = BenchmarkSupport.value(of: "--records", in: arguments).flatMap(Int.init) ?? 1_000_000
        let section = try BenchmarkSupport.runBlocking { try await measure(records: records) }.markdown(machine: MachineDescription.current, date: Date())
        print(section)
        guard !arguments.contains("--no-write") else { return }
        let output = BenchmarkSupport.value(of: "--output", in: arguments) ?? AccordBenchmarks.defaultOutputPath
        try CMDBBenchmarkReport.write(section: section, to: output)
        print("wrote \(output)")
    }

    static func measure(records target: Int) async throws -> CMDBBenchmarkReport {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-cmdb-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("bench.sqlite").path)
        defer { try? database.close() }
        let store = database.stores.cmdb
        let estate = BenchmarkEstate(records: target)
        let cmdb = FederatedCMDB(store: store, rules: .defaults, tiers: BenchmarkEstate.tiers)
        let clock = ContinuousClock()
        var ingested = 0
        let start = clock.now
        for batch in estate.batches(of: 5_000) {
            try await cmdb.ingest(batch)
            ingested += batch.count
            if ingested % 100_000 < 5_000 { print("  \(ingested) records…") }
        }
        let reconcile = clock.now - start
        try await cmdb.ingest(relationships: estate.relationships)
        let clusters = try await store.clusters(matching: CIQuery(limit: 1)).count
        _ = clusters
        var random = BenchmarkRandom(seed: 7)
        var samples: [CIID] = []
        while samples.count < 500 {
            let ref = SourceRecordRef(supplier: BenchmarkEstate.hosting, sourceKey: "h-\(Int(random.next() % UInt64(estate.servers)))")
            if let id = try await store.clusterID(of: ref) { samples.append(id) }
        }
        guard let sqliteStore = store as? SQLiteCMDBStore else { throw BenchmarkFailure("not a SQLite store") }
        var federated: [Double] = []
        var plain: [Double] = []
        var reached = 0
        for id in samples {
            let t0 = clock.now
            let report = try await cmdb.impact(of: id, maxDepth: 4)
            let t1 = clock.now
            let reference = try await sqliteStore.impactByRecursiveSQL(of: id, maxDepth: 4)
            let t2 = clock.now
            guard Set(report.cis.map(\.id)) == reference else { throw BenchmarkFailure("impact of \(id) differs from the recursive SQL") }
            reached += reference.count
            federated.append(milliseconds(t1 - t0))
            plain.append(milliseconds(t2 - t1))
        }
        return CMDBBenchmarkReport(
            records: ingested, servers: estate.servers, seconds: seconds(reconcile), relationships: estate.relationships.count,
            samples: samples.count, meanReached: Double(reached) / Double(samples.count),
            federated: Percentiles(federated), plain: Percentiles(plain)
        )
    }

    static func milliseconds(_ duration: Duration) -> Double { seconds(duration) * 1000 }

    static func seconds(_ duration: Duration) -> Double { BenchmarkSupport.seconds(duration) }

}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// p50 and p95 of a sample, in milliseconds.
struct Percentiles {
    let p50: Double
    let p95: Double

    init(_ values: [Double]) {
        let sorted = values.sorted()
        p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        p95 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
    }
}
