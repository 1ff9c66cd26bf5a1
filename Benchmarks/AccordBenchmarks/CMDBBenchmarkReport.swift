import Foundation

/// The `docs/BENCHMARKS.md` section the CMDB benchmark owns, between its own markers.
struct CMDBBenchmarkReport {
    static let begin = "<!-- cmdb-benchmark:begin (written by `swift run -c release AccordBenchmarks cmdb`) -->"
    static let end = "<!-- cmdb-benchmark:end -->"

    let records: Int
    let servers: Int
    let seconds: Double
    let relationships: Int
    let samples: Int
    let meanReached: Double
    let federated: Percentiles
    let plain: Percentiles

    func markdown(machine: String, date: Date) -> String {
        let goal = 1.5 * plain.p95 + 1
        return [
            Self.begin,
            "## Federated CMDB",
            "",
            "Machine: \(machine); \(ISO8601DateFormatter().string(from: date)); release build, SQLite file (WAL).",
            "",
            "- Reconciliation: \(records) source CI records from 5 suppliers (\(servers) real servers) in batches of 5,000 "
                + "through `FederatedCMDB.ingest`: \(String(format: "%.1f", seconds)) s, **\(Int(Double(records) / seconds)) records/s**.",
            "- Impact: \(samples) random servers, depth ≤ 4, over \(relationships) `hostedOn` relationships (a tree of fan-out 8); "
                + "mean \(String(format: "%.1f", meanReached)) CIs reached. Results asserted equal before timing counts.",
            "",
            "| query | p50 (ms) | p95 (ms) |",
            "| --- | ---: | ---: |",
            "| `FederatedCMDB.impact` (level-by-level, cycle-safe) | \(format(federated.p50)) | \(format(federated.p95)) |",
            "| plain `WITH RECURSIVE` over the same tables | \(format(plain.p50)) | \(format(plain.p95)) |",
            "",
            "Goal p95 ≤ 1.5 × plain + 1 ms = \(format(goal)) ms: \(federated.p95 <= goal ? "met" : "not met").",
            Self.end,
        ].joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Replaces this section in `path`, appending it when absent.
    static func write(section: String, to path: String) throws {
        try BenchmarksDocument.replaceSection(section, begin: begin, end: end, in: path)
    }
}
