import Foundation

/// The `docs/BENCHMARKS.md` section the webhook benchmark owns, between its own markers.
struct WebhookBenchmarkReport {
    static let begin = "<!-- webhook-benchmark:begin (written by `swift run -c release AccordBenchmarks webhooks`) -->"
    static let end = "<!-- webhook-benchmark:end -->"

    /// The three servers measured with one number of concurrent senders.
    struct Round {
        let connections: Int
        let bare: WebhookLoadGenerator.Result
        let full: WebhookLoadGenerator.Result
        let normal: WebhookLoadGenerator.Result

        var fullOverBare: Double { full.acceptedPerSecond / bare.acceptedPerSecond }
        var fullOverNormal: Double { full.acceptedPerSecond / normal.acceptedPerSecond }

        /// The most FULL can accept with `connections` closed-loop senders when every commit waits
        /// for one `fdatasync` and commits cannot overlap: a delivery arriving while a commit syncs
        /// waits for it and then for its own, so each sender's turn takes at least two syncs.
        func fsyncBound(_ fsyncMilliseconds: Double) -> Double { Double(connections) / (2 * fsyncMilliseconds / 1000) }
    }

    let requests: Int
    let requestBytes: Int
    /// Bare, FULL and NORMAL in that order for each number of senders.
    let measurements: [WebhookBenchmark.Measurement]
    /// Median append + `fdatasync` on the benchmark's file system, measured after the servers.
    let fsyncMilliseconds: Double?

    var rounds: [Round] {
        stride(from: 0, to: measurements.count - 2, by: 3).map { index in
            Round(connections: measurements[index].connections, bare: measurements[index].result,
                  full: measurements[index + 1].result, normal: measurements[index + 2].result)
        }
    }

    var summary: String {
        rounds.map { round in
            "\(round.connections) senders: FULL ÷ bare = \(ratio(round.fullOverBare)) (goal ≥ 0.5), FULL ÷ NORMAL = \(ratio(round.fullOverNormal)) (goal ≥ 0.85)"
                + (fsyncMilliseconds.map { ", fdatasync \(format($0)) ms → FULL bound \(Int(round.fsyncBound($0)))/s = \(ratio(round.fsyncBound($0) / round.bare.acceptedPerSecond)) of bare" } ?? "")
        }.joined(separator: "\n")
    }

    func markdown(machine: String, date: Date) -> String {
        let senders = rounds.map { "\($0.connections)" }.joined(separator: " and ")
        var lines = [
            Self.begin,
            "## Webhook ingestion",
            "",
            "- Run: \(ISO8601DateFormatter().string(from: date)) on \(machine); release build, one process: "
                + "servers and load generator in-process on 127.0.0.1, one after another under the same load.",
            "- Load: \(requests) distinct pre-signed Standard Webhooks deliveries (Jira issue-created JSON, ~\(requestBytes) bytes "
                + "per request with headers) over \(senders) keep-alive connections (one round each), closed loop (each connection "
                + "sends its next request when the previous answer arrives), after a 1,000-request warm-up. Latency is per request at the client.",
            "- The hub is the real `buildApplication` (verify → tier → content type → rate → backlog → group-committed insert → 202) "
                + "on a fresh SQLite file in WAL mode, with the inbox worker running (it normalises and applies deliveries meanwhile). "
                + "The bare route reads the same body and answers 202.",
            "",
            "| senders | server | accepted/s | p50 (ms) | p99 (ms) | statuses |",
            "| ---: | --- | ---: | ---: | ---: | --- |",
        ]
        for measurement in measurements {
            let result = measurement.result
            let statuses = result.statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            lines.append("| \(measurement.connections) | \(measurement.name) | \(Int(result.acceptedPerSecond)) | \(format(result.percentile(0.5))) "
                + "| \(format(result.percentile(0.99))) | \(statuses) |")
        }
        lines.append("")
        for round in rounds {
            lines.append("- \(round.connections) senders: FULL ÷ bare route \(ratio(round.fullOverBare)) (goal ≥ 0.5: \(verdict(round.fullOverBare >= 0.5))); "
                + "FULL ÷ NORMAL \(ratio(round.fullOverNormal)) (goal ≥ 0.85: \(verdict(round.fullOverNormal >= 0.85))).")
        }
        if let fsyncMilliseconds {
            let bounds = rounds.map { round in
                "\(round.connections) senders: \(round.connections) ÷ (2 × \(format(fsyncMilliseconds)) ms) ≈ \(Int(round.fsyncBound(fsyncMilliseconds)))/s, "
                    + "\(ratio(round.fsyncBound(fsyncMilliseconds) / round.bare.acceptedPerSecond)) of that round's bare route"
            }.joined(separator: "; ")
            lines.append(
                "- Durability bound: a 4 KiB append + `fdatasync` on this file system takes \(format(fsyncMilliseconds)) ms (median of 200, "
                    + "same run). SQLite holds the write lock through a FULL commit's sync, so commits cannot overlap, and each "
                    + "closed-loop sender waits for about two syncs per delivery (the one in progress when it arrives, then its own): "
                    + "FULL can accept at most senders ÷ (2 × fdatasync) per second, however cheap the rest of the request is — \(bounds)."
            )
        }
        lines.append(Self.end)
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
    private func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
    private func verdict(_ met: Bool) -> String { met ? "met" : "not met" }

    /// Replaces this section in `path`, appending it when absent.
    static func write(section: String, to path: String) throws {
        try BenchmarksDocument.replaceSection(section, begin: begin, end: end, in: path)
    }
}
