import Foundation

/// The `docs/BENCHMARKS.md` section the sync benchmark owns, between its own markers.
struct SyncBenchmarkReport {
    /// Each `synchronous` level has its own section.
    var begin: String { "<!-- sync-benchmark-\(synchronous):begin (written by `swift run -c release AccordBenchmarks sync --synchronous \(synchronous)`) -->" }
    var end: String { "<!-- sync-benchmark-\(synchronous):end -->" }

    let records: Int
    let page: Int
    let synchronous: String
    let baselineSeconds: Double
    let firstSeconds: Double
    let rerunSeconds: Double
    let rowsBefore: [String: Int]
    let rowsAfter: [String: Int]
    let peakBytes: Int?
    /// 1-minute load averages at the start and end of the run.
    let loadAverages: (start: String?, end: String?)
    /// Records per file and seconds of the file-drop import, when measured.
    let files: (perFile: Int, seconds: Double)?

    func markdown(machine: String, date: Date) -> String {
        let baselineRate = Double(records) / baselineSeconds
        let firstRate = Double(records) / firstSeconds
        let rerunRate = Double(records) / rerunSeconds
        let written = rowsAfter.keys.sorted().map { "\($0) +\((rowsAfter[$0] ?? 0) - (rowsBefore[$0] ?? 0))" }.joined(separator: ", ")
        let writesNone = rowsAfter == rowsBefore
        let peak = peakBytes.map { Double($0) / 1_048_576 }
        let head: [String] = [
            begin,
            "## Sync: full load and unchanged re-run (`SupplierSync`, SQLite, synchronous=\(synchronous))",
            "",
            "- Run: \(ISO8601DateFormatter().string(from: date)) on \(machine); release build, one process, baseline and sync in the same run, SQLite WAL, `synchronous=\(synchronous)` for both; "
                + "1-minute load average \(loadAverages.start ?? "?") at the start, \(loadAverages.end ?? "?") at the end (a shared machine).",
            "- Records: \(records) generated ServiceNow incidents (JSON), pages of \(page) (`sysparm_offset`/`sysparm_limit`) answered in-process "
                + "without sockets; each page is made on request and that cost is inside the sync's time.",
            "- Sync path per page: one commit — the raw page stored in the inbox already processed, the page's tickets and snapshot events "
                + "(no ledger: no agreements configured), the record hashes, the page summary and the run's checkpoint; meanwhile the next page is "
                + "fetched, normalised once, its records hashed, its tickets planned and its known records looked up (read-ahead of one page). "
                + "The re-run finds every page identical (`sync_page`) and counts it without normalising.",
            "- Baseline: GRDB prepared-statement `INSERT` of the same ticket rows (same values and ids, same table and indexes), one transaction per page; no inbox, no events, no hashes. "
                + "Baseline and re-run: best of three; first load: one run.",
            "",
            "| run | time (s) | records/s | ÷ baseline |",
            "| --- | ---: | ---: | ---: |",
            "| baseline: raw insert | \(format(baselineSeconds)) | \(Int(baselineRate)) | — |",
            "| first load (full) | \(format(firstSeconds)) | \(Int(firstRate)) | \(ratio(firstRate / baselineRate)) |",
            "| unchanged re-run (incremental, no watermark filter: reads everything) | \(format(rerunSeconds)) | \(Int(rerunRate)) | \(ratio(rerunRate / baselineRate)) |",
        ]
        var fileRows: [String] = []
        if let files {
            let rate = Double(records) / files.seconds
            fileRows.append("| first load from files (`FileDropImporter`, \(files.perFile) records per file, fresh hub) | \(format(files.seconds)) | \(Int(rate)) | \(ratio(rate / baselineRate)) |")
        }
        let tail: [String] = [
            "",
            "- First load ÷ baseline = \(ratio(firstRate / baselineRate)) (goal ≥ 0.35: \(firstRate / baselineRate >= 0.35 ? "met" : "not met")).",
            "- Unchanged re-run ÷ baseline = \(ratio(rerunRate / baselineRate)) (goal ≥ 0.6: \(rerunRate / baselineRate >= 0.6 ? "met" : "not met")); "
                + "rows written by the re-run: \(written) (goal 0: \(writesNone ? "met" : "not met")).",
            "- Peak resident memory (VmHWM) of the whole process: " + (peak.map { String(format: "%.0f MiB", $0) } ?? "n/a")
                + " (goal < 300 MB: \(peak.map { $0 * 1.048576 < 300 ? "met" : "not met" } ?? "not measured")).",
            end,
        ]
        return (head + fileRows + tail).joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
    private func ratio(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Replaces this section in `path`, appending it when absent.
    func write(section: String, to path: String) throws {
        var text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n"
        if let lower = text.range(of: begin), let upper = text.range(of: end, range: lower.upperBound ..< text.endIndex) {
            text.replaceSubrange(lower.lowerBound ..< upper.upperBound, with: section)
        } else {
            text += (text.hasSuffix("\n\n") ? "" : text.hasSuffix("\n") ? "\n" : "\n\n") + section + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
