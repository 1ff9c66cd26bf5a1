import Foundation

/// The `docs/BENCHMARKS.md` section the webhook benchmark owns, between its own markers.
struct WebhookBenchmarkReport {
    static let begin = "<!-- webhook-benchmark:begin (written by `swift run -c release AccordBenchmarks webhooks`) -->"
    static let end = "<!-- webhook-benchmark:end -->"

    let requests: Int
    let connections: Int
    let requestBytes: Int
    let measurements: [WebhookBenchmark.Measurement]
    /// Median append + `fdatasync` on the benchmark's file system, measured after the servers.
    let fsyncMilliseconds: Double?

    private var bare: WebhookLoadGenerator.Result { measurements[0].result }
    private var full: WebhookLoadGenerator.Result { measurements[1].result }
    private var normal: WebhookLoadGenerator.Result { measurements[2].result }
    var fullOverBare: Double { full.acceptedPerSecond / bare.acceptedPerSecond }
    var fullOverNormal: Double { full.acceptedPerSecond / normal.acceptedPerSecond }

    /// The most FULL can accept with `connections` closed-loop senders when every commit waits
    /// for one `fdatasync` and commits cannot overlap: a delivery arriving while a commit syncs
    /// waits for it and then for its own, so each sender's turn takes at least two syncs.
    var fsyncBound: Double? {
        fsyncMilliseconds.map { Double(connections) / (2 * $0 / 1000) }
    }

    var summary: String {
        "FULL ÷ bare = \(String(format: "%.2f", fullOverBare)) (goal ≥ 0.5), FULL ÷ NORMAL = \(String(format: "%.2f", fullOverNormal)) (goal ≥ 0.85)"
            + (fsyncBound.map { ", fdatasync \(format(fsyncMilliseconds ?? 0)) ms → FULL bound \(Int($0))/s = \(String(format: "%.2f", $0 / bare.acceptedPerSecond)) of bare" } ?? "")
    }

    func markdown(machine: String, date: Date) -> String {
        var lines = [
            Self.begin,
            "## Webhook ingestion",
            "",
            "- Run: \(ISO8601DateFormatter().string(from: date)) on \(machine); release build, one process: "
                + "servers and load generator in-process on 127.0.0.1, one after another under the same load.",
            "- Load: \(requests) distinct pre-signed Standard Webhooks deliveries (Jira issue-created JSON, ~\(requestBytes) bytes "
                + "per request with headers) over \(connections) keep-alive connections, closed loop (each connection sends its next "
                + "request when the previous answer arrives), after a 1,000-request warm-up. Latency is per request at the client.",
            "- The hub is the real `buildApplication` (verify → tier → content type → rate → backlog → group-committed insert → 202) "
                + "on a fresh SQLite file in WAL mode, with the inbox worker running (it normalises and applies deliveries meanwhile). "
                + "The bare route reads the same body and answers 202.",
            "",
            "| server | accepted/s | p50 (ms) | p99 (ms) | statuses |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for measurement in measurements {
            let result = measurement.result
            let statuses = result.statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            lines.append("| \(measurement.name) | \(Int(result.acceptedPerSecond)) | \(format(result.percentile(0.5))) "
                + "| \(format(result.percentile(0.99))) | \(statuses) |")
        }
        lines += [
            "",
            "- FULL ÷ bare route: \(String(format: "%.2f", fullOverBare)) (goal ≥ 0.5: \(fullOverBare >= 0.5 ? "met" : "not met")).",
            "- FULL ÷ NORMAL: \(String(format: "%.2f", fullOverNormal)) (goal ≥ 0.85: \(fullOverNormal >= 0.85 ? "met" : "not met")).",
        ]
        if let fsyncMilliseconds, let fsyncBound {
            lines.append(
                "- Durability bound: a 4 KiB append + `fdatasync` on this file system takes \(format(fsyncMilliseconds)) ms (median of 200, "
                    + "same run). SQLite holds the write lock through a FULL commit's sync, so commits cannot overlap, and with "
                    + "\(connections) closed-loop senders each sender waits for about two syncs per delivery (the one in progress when "
                    + "it arrives, then its own): FULL can accept at most \(connections) ÷ (2 × \(format(fsyncMilliseconds)) ms) ≈ "
                    + "\(Int(fsyncBound))/s, \(String(format: "%.2f", fsyncBound / bare.acceptedPerSecond)) of the bare route, "
                    + "however cheap the rest of the request is."
            )
        }
        lines += [
            Self.end,
        ]
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Replaces this section in `path`, appending it when absent.
    static func write(section: String, to path: String) throws {
        try BenchmarksDocument.replaceSection(section, begin: begin, end: end, in: path)
    }
}
