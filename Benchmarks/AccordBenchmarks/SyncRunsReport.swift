import Foundation

/// The `docs/BENCHMARKS.md` section of the sync benchmark's CI mode (`sync --cis`) or of its
/// tickets over the socket (`sync --socket`), between its own markers.
struct SyncRunsReport {
    let options: SyncCIBenchmark.Options
    /// Whether configuration items were handed on to the federated CMDB.
    let cmdb: Bool
    var baselineSeconds = 0.0
    /// CIs only, with the CMDB: the first load of the source records alone.
    var sourceOnly: SyncRunMeasurement?
    var inProcess: SyncRunMeasurement?
    var filesSeconds: Double?
    var socket: SyncRunMeasurement?
    var peakBytes: Int?
    /// 1-minute load averages at the start and end of the run.
    var loadAverages: (start: String?, end: String?) = (nil, nil)

    init(options: SyncCIBenchmark.Options, cmdb: Bool) {
        self.options = options
        self.cmdb = cmdb
    }

    private var key: String { (options.tickets ? "sync-socket-benchmark-" : "sync-cis-benchmark-") + options.synchronous.rawValue }
    private var command: String {
        (options.tickets ? "sync --socket" : "sync --cis --files --socket") + " --synchronous \(options.synchronous.rawValue)"
    }
    var begin: String { "<!-- \(key):begin (written by `swift run -c release AccordBenchmarks \(command)`) -->" }
    var end: String { "<!-- \(key):end -->" }

    func markdown(machine: String, date: Date) -> String {
        let records = options.records
        let synchronous = options.synchronous.rawValue
        let baselineRate = Double(records) / baselineSeconds
        let what = options.tickets ? "generated ServiceNow incidents (JSON)" : "generated ServiceNow `cmdb_ci_*` records (Table API XML: linux and windows servers, IP switches; serial number and IP address each)"
        var lines: [String] = [
            begin,
            options.tickets
                ? "## Sync over a loopback socket: tickets (`SupplierSync`, `URLSessionTransport`, SQLite, synchronous=\(synchronous))"
                : "## Sync: configuration items from XML (`SupplierSync`, SQLite, synchronous=\(synchronous))",
            "",
            "- Run: \(ISO8601DateFormatter().string(from: date)) on \(machine); release build, one process, baseline and sync in the same run, SQLite WAL, `synchronous=\(synchronous)` for both; "
                + "1-minute load average \(loadAverages.start ?? "?") at the start, \(loadAverages.end ?? "?") at the end (a shared machine).",
            "- Records: \(records) \(what), pages of \(options.page) (`sysparm_offset`/`sysparm_limit`, `X-Total-Count`); each page is made on request and that cost is inside the sync's time.",
        ]
        if options.tickets {
            lines.append("- Pages come from a Hummingbird server on 127.0.0.1 (port 0) in the same process, fetched through `URLSessionTransport` (libcurl): HTTP/1.1 over a real loopback socket.")
        } else {
            lines.append(
                "- Sync path per page: raw page into the inbox, the servicenow adapter (libxml2 reader) once, then the page's configuration items in one transaction (`ConfigurationItemDeliveryStore`: "
                    + "one query for the stored records and one for their identifiers, unchanged records not written, cached statements), "
                    + (cmdb ? "then the federated CMDB (`FederatedCMDB.ingest`: match keys, identification, golden records; its own transactions) and the inbox entry marked processed, " : "with the inbox entry marked processed (no CMDB hook), ")
                    + "then the record hashes, page summary and checkpoint in one commit. The re-run finds every page identical (`sync_page`)."
            )
            lines.append("- Baseline: GRDB prepared-statement `INSERT` of the same canonical CI source rows (a `configuration_item` row and two `ci_identifier` rows per record, the hub's values, ids, table and indexes), one transaction per page; no inbox, no CMDB, no hashes.")
        }
        if options.tickets {
            lines.append("- Baseline: GRDB prepared-statement `INSERT` of the same ticket rows (as in the in-process sections above), one transaction per page.")
        }
        lines += ["- Baseline and re-run: best of three; first loads: one run each.", "", "| run | time (s) | records/s | ÷ baseline |", "| --- | ---: | ---: | ---: |"]
        func row(_ label: String, _ seconds: Double?) {
            guard let seconds else { return }
            let rate = Double(records) / seconds
            lines.append("| \(label) | \(format(seconds)) | \(Int(rate)) | \(ratio(rate / baselineRate)) |")
        }
        lines.append("| baseline: raw insert | \(format(baselineSeconds)) | \(Int(baselineRate)) | — |")
        let hook = cmdb ? ", with the federated CMDB" : ""
        row("first load, source records only (no CMDB hook)", sourceOnly?.firstSeconds)
        row("first load (full)\(hook)", inProcess?.firstSeconds)
        row("unchanged re-run (incremental, reads everything)", inProcess?.rerunSeconds)
        row("first load from files (`FileDropImporter`, \(options.perFile ?? 0) records per XML file, fresh hub\(hook))", filesSeconds)
        row("first load over the loopback socket (fresh hub\(hook))", socket?.firstSeconds)
        row("unchanged re-run over the loopback socket", socket?.rerunSeconds)
        lines.append("")
        for (name, measured) in [("", inProcess), (" over the socket", socket)] {
            guard let measured, let rerun = measured.rerunSeconds else { continue }
            let firstRatio = Double(records) / measured.firstSeconds / baselineRate
            let rerunRatio = Double(records) / rerun / baselineRate
            let written = measured.rowsAfter.keys.sorted().map { "\($0) +\((measured.rowsAfter[$0] ?? 0) - (measured.rowsBefore[$0] ?? 0))" }.joined(separator: ", ")
            lines.append("- First load\(name) ÷ baseline = \(ratio(firstRatio)) (goal ≥ 0.35: \(firstRatio >= 0.35 ? "met" : "not met")).")
            lines.append("- Unchanged re-run\(name) ÷ baseline = \(ratio(rerunRatio)) (goal ≥ 0.6: \(rerunRatio >= 0.6 ? "met" : "not met")); rows written by the re-runs: \(written) "
                + "(goal 0: \(measured.rowsAfter == measured.rowsBefore ? "met" : "not met")).")
        }
        let peak = peakBytes.map { Double($0) / 1_048_576 }
        lines.append("- Peak resident memory (VmHWM) of the whole process: " + (peak.map { String(format: "%.0f MiB", $0) } ?? "n/a")
            + " (goal < 300 MB: \(peak.map { $0 * 1.048576 < 300 ? "met" : "not met" } ?? "not measured")).")
        lines.append(end)
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
    private func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
}
