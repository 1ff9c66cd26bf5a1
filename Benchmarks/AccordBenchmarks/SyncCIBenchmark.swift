import AccordConnectors
import AccordCore
import AccordStoreSQLite
import Foundation
import GRDB

/// `AccordBenchmarks sync --cis [--records N] [--page N] [--synchronous full|normal] [--files [--file-records N]] [--socket] [--no-cmdb] [--output PATH] [--no-write]`:
/// N generated ServiceNow `cmdb_ci_*` records as Table API XML through the servicenow adapter and
/// ``SupplierSync`` (configuration items in one transaction per page, then the federated CMDB
/// unless `--no-cmdb`), against a raw GRDB prepared-statement insert of the same canonical CI
/// source rows in the same run: first load, unchanged re-run (0 rows written, checked by row
/// counts), with `--files` from files through ``FileDropImporter``, with `--socket` from the fake
/// supplier server on a loopback socket through ``URLSessionTransport``; peak resident memory.
///
/// `sync --socket` without `--cis` measures the tickets (JSON) over the socket instead.
enum SyncCIBenchmark {
    struct Options {
        var records = 1_000_000
        var page = 1_000
        var synchronous = SQLiteSynchronous.full
        var perFile: Int?
        var socket = false
        var cmdb = true
        var tickets = false
    }

    static func run(arguments: [String]) throws {
        var options = Options()
        options.records = BenchmarkSupport.value(of: "--records", in: arguments).flatMap(Int.init) ?? options.records
        options.page = BenchmarkSupport.value(of: "--page", in: arguments).flatMap(Int.init) ?? options.page
        options.synchronous = BenchmarkSupport.value(of: "--synchronous", in: arguments).flatMap(SQLiteSynchronous.init(rawValue:)) ?? .full
        options.perFile = arguments.contains("--files") ? BenchmarkSupport.value(of: "--file-records", in: arguments).flatMap(Int.init) ?? 10_000 : nil
        options.socket = arguments.contains("--socket")
        options.cmdb = !arguments.contains("--no-cmdb")
        options.tickets = !arguments.contains("--cis")
        #if DEBUG
        print("warning: debug build; run `swift run -c release AccordBenchmarks sync --cis` for figures worth recording")
        #endif
        let report = try BenchmarkSupport.runBlocking { [options] in try await measure(options) }
        try BenchmarksDocument.publish(report.markdown(machine: MachineDescription.current, date: Date()), begin: report.begin, end: report.end, arguments: arguments)
    }

    static let ciTables = [
        "configuration_item", "ci_identifier", "inbox_entry", "sync_record", "sync_page", "cmdb_record", "cmdb_key", "cmdb_cluster", "cmdb_link",
    ]
    static let ticketTables = ["ticket", "ticket_event", "inbox_entry", "sync_record", "sync_page"]

    static func measure(_ options: Options) async throws -> SyncRunsReport {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-sync-cis-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let loadAtStart = MachineDescription.loadAverage
        let records = options.records
        let resource = options.tickets
            ? SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: options.page))
            : SyncResource(name: "servers", path: "/api/now/table/cmdb_ci", pagination: .offsetLimit(limit: options.page), contentType: "application/xml")
        let tables = options.tickets ? ticketTables : ciTables
        let label = options.tickets ? "tickets" : "CIs"
        let cmdb = options.cmdb && !options.tickets
        var report = SyncRunsReport(options: options, cmdb: cmdb)

        // Baseline first, the best of three into fresh files (it is short, so noise matters most).
        report.baselineSeconds = .infinity
        let clock = ContinuousClock()
        for attempt in 1 ... 3 {
            let path = directory.appendingPathComponent("baseline-\(attempt).sqlite").path
            try SQLiteDatabase(path: path, synchronous: options.synchronous).close()  // the hub's schema and indexes
            let start = clock.now
            if options.tickets {
                try SyncBenchmark.rawInsert(path: path, records: records, page: options.page, synchronous: options.synchronous)
            } else {
                try rawCIInsert(path: path, records: records, page: options.page, synchronous: options.synchronous)
            }
            report.baselineSeconds = min(report.baselineSeconds, BenchmarkSupport.seconds(clock.now - start))
            try FileManager.default.removeItem(atPath: path)
        }
        print("  baseline: \(records) \(label) in \(String(format: "%.1f", report.baselineSeconds)) s")

        let inProcess = URL(string: "https://stratus.example")!
        if !options.tickets {
            if cmdb {
                // The source records alone (no CMDB hook), to show what the federated CMDB costs.
                let hub = try SyncBenchmarkHub(path: directory.appendingPathComponent("source-only.sqlite").path, synchronous: options.synchronous, cmdb: false)
                report.sourceOnly = try await hub.firstLoadAndReruns(
                    resource, records: records, baseURL: inProcess, transport: SyncPagesTransport(total: records), reruns: 0, tables: tables, label: "source records only"
                )
                try hub.discard()
            }
            let hub = try SyncBenchmarkHub(path: directory.appendingPathComponent("hub.sqlite").path, synchronous: options.synchronous, cmdb: cmdb)
            report.inProcess = try await hub.firstLoadAndReruns(
                resource, records: records, baseURL: inProcess, transport: SyncPagesTransport(total: records), reruns: 3, tables: tables, label: label
            )
            try hub.discard()
            if let perFile = options.perFile {
                report.filesSeconds = try await fileDrop(records: records, perFile: perFile, options: options, in: directory)
                print("  file drop: \(records) CIs in \(String(format: "%.1f", report.filesSeconds ?? 0)) s")
            }
        }
        if options.socket {
            let hub = try SyncBenchmarkHub(path: directory.appendingPathComponent("socket.sqlite").path, synchronous: options.synchronous, cmdb: cmdb)
            report.socket = try await SyncPagesServer.withServer(total: records) { baseURL in
                try await hub.firstLoadAndReruns(
                    resource, records: records, baseURL: baseURL, transport: URLSessionTransport(), reruns: 3, tables: tables, label: "\(label) over the socket"
                )
            }
            try hub.discard()
        }
        report.peakBytes = PeakMemory.bytes()
        report.loadAverages = (loadAtStart, MachineDescription.loadAverage)
        return report
    }

    /// The same records dropped as XML files of `perFile` records and imported through
    /// ``FileDropImporter`` into a fresh hub (writing the files is not timed); returns the seconds.
    static func fileDrop(records: Int, perFile: Int, options: Options, in directory: URL) async throws -> Double {
        let drop = directory.appendingPathComponent("drop-cis")
        try FileManager.default.createDirectory(at: drop, withIntermediateDirectories: true)
        for (number, start) in stride(from: 0, to: records, by: perFile).enumerated() {
            try SyncCICorpus.page(start ..< min(start + perFile, records)).write(to: drop.appendingPathComponent(String(format: "cmdb-ci-%05d.xml", number)))
        }
        let hub = try SyncBenchmarkHub(path: directory.appendingPathComponent("files.sqlite").path, synchronous: options.synchronous, cmdb: options.cmdb)
        let clock = ContinuousClock()
        let start = clock.now
        let outcomes = try await hub.importer.importDirectory(drop)
        let seconds = BenchmarkSupport.seconds(clock.now - start)
        let imported = outcomes.filter { $0.outcome == .imported }.count
        let items = try hub.rowCounts(["configuration_item"])["configuration_item"] ?? 0
        try hub.discard()
        try FileManager.default.removeItem(at: drop)
        guard imported == outcomes.count, items == records else {
            throw BenchmarkFailure("file drop: \(imported) of \(outcomes.count) files imported, \(items) configuration items")
        }
        return seconds
    }

    /// Raw prepared-statement inserts of the canonical CI source rows the hub stores for the same
    /// records (a `configuration_item` row and its two `ci_identifier` rows each), one transaction per page.
    static func rawCIInsert(path: String, records: Int, page: Int, synchronous: SQLiteSynchronous) throws {
        try SyncBenchmark.insertInPages(path: path, records: records, page: page, synchronous: synchronous) { db, indices in
            let item = try db.cachedStatement(sql: """
                INSERT INTO configuration_item (id, supplier, source_key, ci_class, name, attributes, observed_at, channel)
                VALUES (?, 'stratus-hosting', ?, ?, ?, ?, ?, 'poll')
                """)
            let identifier = try db.cachedStatement(sql: "INSERT INTO ci_identifier (ci_id, position, kind, value) VALUES (?, ?, ?, ?)")
            for index in indices {
                let sysID = SyncCorpus.sysID(index)
                let id = "CI-stratus-hosting-\(sysID)"
                let at = Double(SyncCorpus.seconds(index)) + 725_760_000  // 2024-01-01 as seconds since 2001
                let kind = SyncCICorpus.classes[index % SyncCICorpus.classes.count]
                try item.execute(arguments: [id, sysID, kind.canonical, SyncCICorpus.name(index), SyncCICorpus.attributes(index), at])
                try identifier.execute(arguments: [id, 0, "serialNumber", SyncCICorpus.serial(index)])
                try identifier.execute(arguments: [id, 1, "ipAddress", SyncCICorpus.ipAddress(index)])
            }
        }
    }
}
