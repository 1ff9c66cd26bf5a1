import Foundation

/// One measured operation and span: BusinessTime against the naive reference.
struct BenchmarkRow {
    var operation: String
    var span: String
    var fast: Double
    var naive: Double
}

/// The Markdown section of `docs/BENCHMARKS.md` that this benchmark owns, between two markers.
struct BenchmarkReport {
    static let begin = "<!-- business-time-benchmark:begin (written by `swift run -c release AccordBenchmarks`) -->"
    static let end = "<!-- business-time-benchmark:end -->"

    var rows: [BenchmarkRow]
    var machine: String
    var date: Date

    var markdown: String {
        var lines = [
            Self.begin,
            "## Business time: `add` and `elapsed` (UK office hours with bank holidays)",
            "",
            "- Run: \(Self.day(date)) on \(machine); release build, one process, both implementations in the same run.",
            "- Calendar: Mon–Fri 08:00–18:00 Europe/London, England bank holidays 2025–2028; 8 starts spread over 2026.",
            "- `elapsed` measures a span of calendar time from each start; `add` adds the business seconds in that span,",
            "  so both cover the same calendar span. Results were asserted equal to the naive reference before timing.",
            "- Naive reference: steps minute by minute, asking the time zone and the holiday list about every minute.",
            "",
            "| operation | span | BusinessTime (ns/op) | naive (ns/op) | BusinessTime ÷ naive |",
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for row in rows {
            lines.append("| `\(row.operation)` | \(row.span) | \(Self.format(row.fast)) | \(Self.format(row.naive)) | 1/\(Self.format(row.naive / row.fast)) |")
        }
        lines.append("")
        for operation in ["add", "elapsed"] {
            let ofOperation = rows.filter { $0.operation == operation }
            guard let hour = ofOperation.first(where: { $0.span == "1 hour" }),
                  let year = ofOperation.first(where: { $0.span == "365 days" }) else { continue }
            let speedup = year.naive / year.fast
            let growth = year.fast / hour.fast
            lines.append("- `\(operation)`: 365 days costs 1/\(Self.format(speedup)) of naive (goal ≤ 1/1000: "
                + "\(speedup >= 1000 ? "met" : "not met")); 365 days ÷ 1 hour = \(String(format: "%.2f", growth))× (goal ≤ 5×: \(growth <= 5 ? "met" : "not met")).")
        }
        lines.append(Self.end)
        return lines.joined(separator: "\n")
    }

    /// Replaces the section between the markers in `path`, appending it (or creating the file) when absent.
    static func write(section: String, to path: String) throws {
        try BenchmarksDocument.replaceSection(section, begin: begin, end: end, in: path)
    }

    private static func format(_ value: Double) -> String {
        let rounded = value >= 100 ? value.rounded() : (value * 10).rounded() / 10
        let integer = Int(rounded)
        let text = String(integer).reversed().enumerated().map { $0.offset > 0 && $0.offset % 3 == 0 ? "\u{2009}\($0.element)" : "\($0.element)" }
        let grouped = String(text.joined().reversed())
        return value >= 100 ? grouped : String(format: "%.1f", rounded)
    }

    private static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
