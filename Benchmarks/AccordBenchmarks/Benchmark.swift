import BusinessTime
import Foundation

/// `swift run -c release AccordBenchmarks [--output PATH] [--no-write]`: times `BusinessCalendar.add`
/// and `elapsed` against a naive minute-stepping reference in the same run, after asserting that
/// both give the same answers, and writes the figures into `docs/BENCHMARKS.md`.
///
/// `swift run -c release AccordBenchmarks mapping [--output PATH] [--no-write]` runs the adapter
/// benchmark instead (``MappingBenchmark``), `sync` the sync benchmark (``SyncBenchmark``); each writes
/// only its own section.
@main
enum AccordBenchmarks {
    struct Span {
        var name: String
        var seconds: Int
    }

    static let spans = [Span(name: "1 hour", seconds: 3600), Span(name: "30 days", seconds: 30 * 86_400), Span(name: "365 days", seconds: 365 * 86_400)]

    /// Starts spread over 2026 on whole minutes, in and out of office hours, either side of DST.
    static let starts: [Int] = (0 ..< 8).map { index in
        let jan5 = 1_767_571_200 // 2026-01-05T00:00:00Z, a Monday
        return jan5 + index * 45 * 86_400 + index * 3 * 3600 + 7 * 3600 + index * 11 * 60
    }

    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "cmdb" {
            try CMDBBenchmark.run(arguments: Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "webhooks" {
            try WebhookBenchmark.run(arguments: Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "reconcile" {
            try ReconciliationBenchmark.run(arguments: Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "sync" {
            try SyncBenchmark.run(arguments: Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "mapping" {
            try MappingBenchmark.run(arguments: Array(arguments.dropFirst()))
            return
        }
        guard let calendar = try? BusinessCalendar(UKOfficeCalendar.definition),
              let naive = NaiveMinuteClock(UKOfficeCalendar.definition) else {
            print("error: the UK office calendar does not compile")
            exit(1)
        }
        #if DEBUG
        print("warning: debug build; run `swift run -c release AccordBenchmarks` for figures worth recording")
        #endif
        var rows: [BenchmarkRow] = []
        var sink = 0
        for span in spans {
            // The business seconds inside each start's span: add covers the same calendar span.
            let targets = starts.map { naive.elapsed(from: $0, to: $0 + span.seconds) }
            for (start, target) in zip(starts, targets) {
                let from = Date(timeIntervalSince1970: Double(start))
                let to = Date(timeIntervalSince1970: Double(start + span.seconds))
                let fastElapsed = calendar.elapsed(from: from, to: to)
                let fastDue = (try? calendar.add(target, to: from)).map { Int($0.timeIntervalSince1970) }
                let naiveDue = target > 0 ? naive.add(target, to: start) : nil
                guard fastElapsed == target, target == 0 || fastDue == naiveDue else {
                    print("error: BusinessTime and the naive reference disagree from \(start) over \(span.name): "
                        + "elapsed \(fastElapsed) vs \(target), add \(String(describing: fastDue)) vs \(String(describing: naiveDue))")
                    exit(1)
                }
            }
            let count = starts.count
            let elapsedFast = Timing.nanosecondsPerOperation(minimum: .milliseconds(400)) { index in
                let start = starts[index % count]
                return calendar.elapsed(from: Date(timeIntervalSince1970: Double(start)), to: Date(timeIntervalSince1970: Double(start + span.seconds)))
            }
            let elapsedNaive = Timing.nanosecondsPerOperation(minimum: .milliseconds(400), minimumIterations: 3) { index in
                let start = starts[index % count]
                return naive.elapsed(from: start, to: start + span.seconds)
            }
            let addFast = Timing.nanosecondsPerOperation(minimum: .milliseconds(400)) { index in
                let start = starts[index % count]
                let due = try? calendar.add(targets[index % count], to: Date(timeIntervalSince1970: Double(start)))
                return Int(due?.timeIntervalSince1970 ?? 0)
            }
            let addNaive = Timing.nanosecondsPerOperation(minimum: .milliseconds(400), minimumIterations: 3) { index in
                naive.add(max(1, targets[index % count]), to: starts[index % count])
            }
            sink &+= elapsedFast.sink &+ elapsedNaive.sink &+ addFast.sink &+ addNaive.sink
            rows.append(BenchmarkRow(operation: "add", span: span.name, fast: addFast.nanoseconds, naive: addNaive.nanoseconds))
            rows.append(BenchmarkRow(operation: "elapsed", span: span.name, fast: elapsedFast.nanoseconds, naive: elapsedNaive.nanoseconds))
        }
        let report = BenchmarkReport(rows: rows.filter { $0.operation == "add" } + rows.filter { $0.operation == "elapsed" }, machine: MachineDescription.current, date: Date())
        let section = report.markdown
        print(section)
        print("(checksum \(sink))")
        guard !arguments.contains("--no-write") else { return }
        let output = BenchmarkSupport.value(of: "--output", in: Array(arguments)) ?? defaultOutputPath
        try BenchmarkReport.write(section: section, to: output)
        print("wrote \(output)")
    }

    /// `docs/BENCHMARKS.md` of the package this file belongs to.
    static var defaultOutputPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/BENCHMARKS.md").path
    }

}
