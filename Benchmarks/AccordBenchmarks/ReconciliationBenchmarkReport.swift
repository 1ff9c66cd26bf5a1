import Foundation

/// The `docs/BENCHMARKS.md` section the reconciliation benchmark owns, between its own markers.
struct ReconciliationBenchmarkReport {
    static let begin = "<!-- reconcile-benchmark:begin (written by `swift run -c release AccordBenchmarks reconcile`) -->"
    static let end = "<!-- reconcile-benchmark:end -->"

    let tickets: Int
    let rows: Int
    let measured: Int
    let loadSeconds: Double
    let plainSeconds: Double
    let fullSeconds: Double
    let indexBuildSeconds: Double
    let incrementalSeconds: Double
    /// Medians of: derive + flatten, SQLite replace, index replace + month scorecard.
    let incrementalParts: [Double]
    let peakBytes: Int?

    func markdown(machine: String, date: Date) -> String {
        let ratio = fullSeconds / plainSeconds
        let incrementalRatio = incrementalSeconds / fullSeconds
        return [
            Self.begin,
            "## Reconciliation: scorecards against a plain SQL GROUP BY (AccordReconciliation)",
            "",
            "- Run: \(ISO8601DateFormatter().string(from: date)) on \(machine); release build, SQLite file (WAL), one process.",
            "- Data: \(tickets) tickets over 2025 under 5 suppliers' OLAs = \(rows) clock records (response + resolution), "
                + "loaded in \(String(format: "%.1f", loadSeconds)) s; \(measured) resolutions measured in the year.",
            "- Baseline: one `SELECT … count(*), sum(outcome = 'met'), sum(outcome = 'breached'), avg(elapsed) … GROUP BY agreement, clock, priority` over the same rows.",
            "- Accord: per supplier, the rows read from SQLite and every scorecard figure (met/breached, compliance, mean, median, p90, backlog, ageing; by priority and service). Best of 3.",
            "- Incremental: one new ticket's events derived through the real ledger, its rows replaced in SQLite and the in-memory index, "
                + "and its supplier's month scorecard recomputed (median of 20). The index over all rows was built once in \(String(format: "%.2f", indexBuildSeconds)) s.",
            "",
            "| measurement | time (ms) | ratio |",
            "| --- | ---: | ---: |",
            "| plain SQL `GROUP BY` (baseline) | \(format(plainSeconds * 1000)) | 1 |",
            "| Accord scorecards, 5 suppliers × the year | \(format(fullSeconds * 1000)) | \(String(format: "%.2f", ratio))× the baseline |",
            "| incremental update after one new event | \(format(incrementalSeconds * 1000)) | 1/\(Int((1 / incrementalRatio).rounded())) of the full recompute |",
            "| … of which: derive the ticket's clocks / replace its rows in SQLite / index + month scorecard | "
                + incrementalParts.map { format($0 * 1000) }.joined(separator: " / ") + " | |",
            "",
            "- Scorecards ÷ GROUP BY = \(String(format: "%.2f", ratio))× (goal ≤ 3×: \(ratio <= 3 ? "met" : "not met")); "
                + "incremental ÷ full = 1/\(Int((1 / incrementalRatio).rounded())) (goal ≤ 1/100: \(incrementalRatio <= 0.01 ? "met" : "not met")).",
            peakBytes.map { "- Peak resident memory: \($0 / 1_048_576) MiB." } ?? "- Peak resident memory: not available on this platform.",
            Self.end,
        ].joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Replaces this section in `path`, appending it when absent.
    static func write(section: String, to path: String) throws {
        try BenchmarksDocument.replaceSection(section, begin: begin, end: end, in: path)
    }
}
