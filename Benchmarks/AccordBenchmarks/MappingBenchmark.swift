import AccordMapping
import Foundation

/// `swift run -c release AccordBenchmarks mapping [--output PATH] [--no-write] [--large-bytes N]`:
/// adapter throughput against the plain parsers over the same bytes, and peak memory while
/// streaming a generated 1 GB XML file (written to /tmp and deleted afterwards).
enum MappingBenchmark {
    static let ticketCount = 100_000
    static let ciCount = 100_000

    static func run(arguments: [String]) throws {
        let adapterFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Adapters/servicenow/adapter.yaml")
        var adapter = try AdapterLoader.load(file: adapterFile, displayPath: "Adapters/servicenow/adapter.yaml")
        // The streaming run reads a document larger than the default 512 MiB limit on purpose.
        adapter.limits = ReaderLimits(maxBytes: Int.max, maxDepth: 64, maxElements: Int.max)
        let largeBytes = BenchmarkSupport.value(of: "--large-bytes", in: arguments).flatMap(Int.init) ?? 1 << 30
        if let format = BenchmarkSupport.value(of: "--profile", in: arguments) { return profile(adapter, format: format, arguments: arguments) }

        // Peak memory first, while the process has allocated little else.
        let path = NSTemporaryDirectory() + "accord-mapping-benchmark-\(ProcessInfo.processInfo.processIdentifier).xml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try MappingCorpus.writeLargeCIFile(path: path, bytes: largeBytes)
        let fileBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let baseline = PeakMemory.bytes() ?? 0
        var streamed = 0, failed = 0
        let start = ContinuousClock.now
        let diagnostics = adapter.normalize(contentsOf: URL(fileURLWithPath: path), format: .xml) { record in
            streamed += 1
            if !record.diagnostics.isEmpty { failed += 1 }
        }
        let streamSeconds = BenchmarkSupport.seconds(ContinuousClock.now - start)
        let peak = PeakMemory.bytes() ?? 0
        guard diagnostics.isEmpty, streamed == written, failed == 0 else {
            print("error: streaming the large file gave \(streamed) of \(written) records, \(failed) failed, \(diagnostics.map(\.message))")
            exit(1)
        }
        try? FileManager.default.removeItem(atPath: path)

        let json = MappingCorpus.serviceNowTickets(count: ticketCount)
        let xml = MappingCorpus.serviceNowCIs(count: ciCount)
        let checkedJSON = adapter.normalize(json, format: .json)
        let checkedXML = adapter.normalize(xml, format: .xml)
        guard checkedJSON.records.count == ticketCount, checkedJSON.isClean, checkedXML.records.count == ciCount, checkedXML.isClean else {
            print("error: the corpus does not map cleanly: \(checkedJSON.allDiagnostics.prefix(3)) \(checkedXML.allDiagnostics.prefix(3))")
            exit(1)
        }
        var sink = 0
        let jsonTimes = bestInterleaved([
            { adapter.normalize(json, format: .json).records.count },
            { (try? JSONDecoder().decode(ServiceNowTicketRow.Page.self, from: json).result.count) ?? 0 },
            { ((try? JSONSerialization.jsonObject(with: json)) as? [String: Any])?.count ?? 0 },
        ])
        let xmlTimes = bestInterleaved([
            {
                var count = 0
                _ = adapter.normalize(stream: InputStream(data: xml), format: .xml) { _ in count += 1 }
                return count
            },
            { RawXMLCounter.count(xml) },
        ])
        let rows = [
            MappingRow(name: "ServiceNow JSON, \(ticketCount / 1000)k tickets", bytes: json.count, measurements: [
                ("adapter (`normalize`)", jsonTimes[0]),
                ("`JSONDecoder` (Codable struct)", jsonTimes[1]),
                ("`JSONSerialization`", jsonTimes[2]),
            ]),
            MappingRow(name: "ServiceNow XML, \(ciCount / 1000)k CI records", bytes: xml.count, measurements: [
                ("adapter (`normalize(stream:)`)", xmlTimes[0]),
                ("`XMLParser(stream:)` (counting delegate)", xmlTimes[1]),
            ]),
        ]
        for row in rows { sink &+= row.measurements.count }
        let report = MappingBenchmarkReport(
            rows: rows, largeFileBytes: fileBytes, largeFileRecords: written, largeFileSeconds: streamSeconds,
            peakBytes: peak, baselineBytes: baseline, machine: MachineDescription.current, date: Date()
        )
        print(report.markdown)
        print("(checksum \(sink))")
        guard !arguments.contains("--no-write") else { return }
        let output = BenchmarkSupport.value(of: "--output", in: arguments) ?? AccordBenchmarks.defaultOutputPath
        try MappingBenchmarkReport.write(section: report.markdown, to: output)
        print("wrote \(output)")
    }

    /// `--profile json|xml [--records N] [--runs N]`: only the adapter over one corpus, for a
    /// profiler to watch (`valgrind --tool=callgrind --toggle-collect='*normalize*'`, `perf record`).
    private static func profile(_ adapter: Adapter, format: String, arguments: [String]) {
        let records = BenchmarkSupport.value(of: "--records", in: arguments).flatMap(Int.init) ?? ticketCount
        let runs = BenchmarkSupport.value(of: "--runs", in: arguments).flatMap(Int.init) ?? 5
        let data = format == "xml" ? MappingCorpus.serviceNowCIs(count: records) : MappingCorpus.serviceNowTickets(count: records)
        for _ in 0 ..< runs {
            let start = ContinuousClock.now
            var count = 0
            if format == "xml" {
                _ = adapter.normalize(stream: InputStream(data: data), format: .xml) { _ in count += 1 }
            } else {
                count = adapter.normalize(data, format: .json).records.count
            }
            print("\(format): \(count) records in \(Int(BenchmarkSupport.seconds(ContinuousClock.now - start) * 1000)) ms")
        }
    }

    /// The best of five timed runs of each operation (after one warm-up each), in seconds. The
    /// operations take turns, so that a change in the machine's load (the cores are shared)
    /// falls on all of them alike instead of on whichever ran during it.
    private static func bestInterleaved(_ operations: [() -> Int]) -> [Double] {
        var sink = operations.reduce(0) { $0 &+ $1() }
        var fastest = [Double](repeating: .infinity, count: operations.count)
        for _ in 0 ..< 5 {
            for (index, operation) in operations.enumerated() {
                let start = ContinuousClock.now
                sink &+= operation()
                fastest[index] = min(fastest[index], BenchmarkSupport.seconds(ContinuousClock.now - start))
            }
        }
        if sink == Int.min { print(sink) }
        return fastest
    }


}
