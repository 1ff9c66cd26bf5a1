import Foundation

/// One document measured with the adapter and its plain-parser baselines (seconds, best run).
struct MappingRow {
    var name: String
    var bytes: Int
    var measurements: [(label: String, seconds: Double)]
}

/// The `docs/BENCHMARKS.md` section the mapping benchmark owns, between its own markers.
struct MappingBenchmarkReport {
    static let begin = "<!-- mapping-benchmark:begin (written by `swift run -c release AccordBenchmarks mapping`) -->"
    static let end = "<!-- mapping-benchmark:end -->"

    var rows: [MappingRow]
    var largeFileBytes: Int
    var largeFileRecords: Int
    var largeFileSeconds: Double
    var peakBytes: Int
    var baselineBytes: Int
    var machine: String
    var date: Date

    var markdown: String {
        var lines = [
            Self.begin,
            "## Adapters: normalising against the plain parsers (AccordMapping)",
            "",
            "- Run: \(Self.day(date)) on \(machine); release build, one process, adapter and baselines over the same bytes.",
            "- Adapter: `Adapters/servicenow/adapter.yaml` (every rule's `when` evaluated per record, value maps, timestamps, JSON Lines-ready records).",
            "- Baselines: `JSONDecoder` into a `Codable` struct of the same fields, `JSONSerialization`, and `XMLParser(stream:)` with a delegate that only counts.",
            "- Times are the best of five runs after a warm-up, the implementations of a row taking turns (the 2 cores are shared, so load changes fall on all alike); MB = 10^6 bytes. Ratio = adapter throughput ÷ baseline throughput (goal ≥ 0.6).",
            "",
            "| document | size | implementation | time (ms) | MB/s | adapter ÷ baseline |",
            "| --- | ---: | --- | ---: | ---: | ---: |",
        ]
        for row in rows {
            guard let adapter = row.measurements.first else { continue }
            for (index, measurement) in row.measurements.enumerated() {
                let ratio = index == 0 ? "—" : String(format: "%.2f", measurement.seconds / adapter.seconds)
                lines.append("| \(index == 0 ? row.name : "") | \(index == 0 ? Self.megabytes(row.bytes) : "") | \(measurement.label) | "
                    + "\(String(format: "%.0f", measurement.seconds * 1000)) | \(String(format: "%.1f", Double(row.bytes) / 1e6 / measurement.seconds)) | \(ratio) |")
            }
        }
        lines.append("")
        for row in rows {
            guard let adapter = row.measurements.first, row.measurements.count > 1 else { continue }
            let ratio = row.measurements[1].seconds / adapter.seconds
            lines.append("- \(row.name): adapter ÷ \(row.measurements[1].label) = \(String(format: "%.2f", ratio)) (goal ≥ 0.6: \(ratio >= 0.6 ? "met" : "not met")).")
            if ratio < 0.6, row.name.contains("XML") { lines.append(Self.xmlBound) }
        }
        let peakMB = Double(peakBytes) / 1_048_576
        lines.append("- Streaming \(Self.megabytes(largeFileBytes)) of generated ServiceNow XML (\(largeFileRecords) CI records, `normalize(contentsOf:format:onRecord:)`) "
            + "took \(String(format: "%.1f", largeFileSeconds)) s (\(String(format: "%.1f", Double(largeFileBytes) / 1e6 / largeFileSeconds)) MB/s); "
            + "peak resident memory (VmHWM) \(String(format: "%.1f", peakMB)) MiB, \(String(format: "%.1f", Double(baselineBytes) / 1_048_576)) MiB before mapping "
            + "(goal < 200 MB: \(peakMB < 200 ? "met" : "not met")).")
        lines.append(Self.end)
        return lines.joined(separator: "\n")
    }

    /// What bounds the XML ratio, printed while the goal is not met.
    static let xmlBound = """
        - What bounds XML: the adapter reads with libxml2's SAX2 push parser called directly (`LibXML2PushParser`, no \
        Foundation bridging), so its parse costs less than the baseline's; what remains is the work the baseline does \
        not do. In a `perf` profile of `--profile xml` (2026-11-21, after the cheaper field specs, identifier and \
        attribute paths and rule conditions), libxml2 with the UTF-8 and size checks on the stream is about a third of \
        the adapter's time, building and releasing each record's element tree (one `XMLElementNode` plus its strings \
        per element, ~19 per record) about a quarter, and mapping the record's ~25 values (condition, fields, \
        identifiers, attributes, value maps, timestamps) about 40%, spread over path lookups, transforms, value \
        checks and retain/release with no single hot spot left. 0.6 needs about 8.8 µs per record against ~10.5 µs \
        now: records mapped from SAX events into a flat, per-document reused buffer (no element objects) with \
        adapter paths compiled to element-name indices, not more trimming of the present tree and evaluator.
        """

    /// Replaces this section in `path`, appending it when absent; other sections stay as they are.
    static func write(section: String, to path: String) throws {
        try BenchmarksDocument.replaceSection(section, begin: begin, end: end, in: path)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }

    private static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
