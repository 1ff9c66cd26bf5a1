import AccordConnectors
import AccordCore
import AccordStoreSQLite
import Foundation

/// `swift run -c release AccordBenchmarks sync --latency MS [--records N] [--page N] [--read-ahead 1,2,4] [--output PATH] [--no-write]`:
/// a full sync of N generated ServiceNow incidents from a supplier that takes MS milliseconds to
/// answer each page (a remote API), once per read-ahead depth (`readAhead` in the supplier's sync
/// settings), each into a fresh SQLite file in the same run.
enum SyncReadAheadBenchmark {
    static let begin = "<!-- sync-read-ahead-benchmark:begin (written by `swift run -c release AccordBenchmarks sync --latency 50`) -->"
    static let end = "<!-- sync-read-ahead-benchmark:end -->"

    static func run(arguments: [String]) throws {
        let latency = BenchmarkSupport.value(of: "--latency", in: arguments).flatMap(Int.init) ?? 50
        let records = BenchmarkSupport.value(of: "--records", in: arguments).flatMap(Int.init) ?? 20_000
        let page = BenchmarkSupport.value(of: "--page", in: arguments).flatMap(Int.init) ?? 1_000
        let depths = (BenchmarkSupport.value(of: "--read-ahead", in: arguments) ?? "1,2,4").split(separator: ",").compactMap { Int($0) }.filter { (1 ... 8).contains($0) }
        let loadAtStart = MachineDescription.loadAverage
        var rows: [(depth: Int, seconds: Double)] = []
        for depth in depths {
            let seconds = try BenchmarkSupport.runBlocking { try await firstLoad(records: records, page: page, latency: .milliseconds(latency), readAhead: depth) }
            print("  read-ahead \(depth): \(records) records in \(String(format: "%.1f", seconds)) s")
            rows.append((depth, seconds))
        }
        let first = rows.first?.seconds ?? 1
        var lines = [
            begin,
            "## Sync over a slow supplier API: pages read ahead",
            "",
            "- Run: \(ISO8601DateFormatter().string(from: Date())) on \(MachineDescription.current); release build, one process; 1-minute load average \(loadAtStart ?? "?") at the start, \(MachineDescription.loadAverage ?? "?") at the end.",
            "- Records: \(records) generated ServiceNow incidents (JSON), pages of \(page); the supplier answers each page after \(latency) ms (a remote API's round trip and query time), so a run that waits for each page before asking for the next is bound by the supplier, not by the hub.",
            "- `readAhead` (supplier sync settings, default 1): how many pages are fetched, normalised and planned while one commits; each later read asks for the page its predecessor names as next. Each depth syncs into a fresh SQLite file.",
            "",
            "| read-ahead (pages) | time (s) | records/s | ÷ read-ahead \(rows.first?.depth ?? 1) |",
            "| ---: | ---: | ---: | ---: |",
        ]
        for row in rows {
            lines.append("| \(row.depth) | \(String(format: "%.1f", row.seconds)) | \(Int(Double(records) / row.seconds)) | \(String(format: "%.2f", first / row.seconds)) |")
        }
        lines.append(end)
        try BenchmarksDocument.publish(lines.joined(separator: "\n"), begin: begin, end: end, arguments: arguments)
    }

    static func firstLoad(records: Int, page: Int, latency: Duration, readAhead: Int) async throws -> Double {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-sync-latency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let hub = try SyncBenchmarkHub(path: directory.appendingPathComponent("hub.sqlite").path, synchronous: .full, cmdb: false)
        defer { try? hub.database.close() }
        let resource = SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: page))
        let sync = hub.sync(
            resource, baseURL: URL(string: "https://stratus.example")!, transport: SyncPagesTransport(total: records, latency: latency), readAhead: readAhead
        )
        let clock = ContinuousClock()
        let start = clock.now
        let run = try await sync.run(resource, mode: .full)
        let seconds = BenchmarkSupport.seconds(clock.now - start)
        guard run.status == .completed, run.counts.created == records else {
            throw BenchmarkFailure("read-ahead \(readAhead): \(run.status) \(run.counts) \(run.error ?? "")")
        }
        return seconds
    }
}
