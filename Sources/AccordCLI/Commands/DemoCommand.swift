import AccordDemo
import AccordMapping
import ArgumentParser
import Foundation
import Logging

/// `accord demo`: the hub with simulated suppliers of all four tiers and a synthetic month of
/// tickets through the real paths; prints the scorecards and keeps serving until Ctrl-C.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the hub on a fresh demo database with simulated suppliers and a synthetic month (docs/DEMO.md)."
    )

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "The adapters directory.")
    var adapters: String = "./Adapters"

    @Option(name: .long, help: "The demo database, deleted and created afresh at each start.")
    var database: String = "./accord-demo.sqlite"

    @Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on; 0 picks a free one (default: hub.yaml's listen.port).")
    var port: Int?

    @Option(name: .long, help: "A month that has ended, YYYY-MM (default: the previous calendar month).")
    var month: String?

    @Option(name: .long, help: "Primary tickets in the month (escalations add a NetNova issue each).")
    var tickets: Int = 300

    @Option(name: .long, help: "The generator's seed: the same seed gives the same month.")
    var seed: UInt64 = 2026

    @Flag(name: .long, help: "Stop after printing the scorecards instead of serving.")
    var exit: Bool = false

    func run() async throws {
        let configuration = try options.load()
        let loaded = AdapterLoader.loadAll(directory: URL(fileURLWithPath: adapters, isDirectory: true))
        if !loaded.diagnostics.isEmpty {
            for diagnostic in loaded.diagnostics { StandardError.write(diagnostic.description) }
            throw ExitCode(1)
        }
        var parameters = SyntheticMonth.Parameters.previousMonth(of: Date(), tickets: tickets, seed: seed)
        if let month {
            let parts = month.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[1]) else {
                StandardError.write("error: --month must be YYYY-MM (found '\(month)')")
                throw ExitCode(1)
            }
            // The month must be over: the hub's inbox worker reads the wall clock, so events from
            // the future would wait for it.
            guard parts[0] * 12 + parts[1] <= parameters.year * 12 + parameters.month else {
                StandardError.write("error: --month must be a month that has ended (\(month) is not; the default is the previous month)")
                throw ExitCode(1)
            }
            parameters.year = parts[0]
            parameters.month = parts[1]
        }
        var logger = Logger(label: "accord")
        logger.logLevel = .warning
        let demoOptions = DemoOptions(
            configuration: configuration, adapters: loaded.adapters, databasePath: database,
            dropDirectory: URL(fileURLWithPath: database + ".drops", isDirectory: true),
            host: host, port: port ?? configuration.hub.listen.port, month: parameters,
            handlesSignals: true, keepsRunning: !exit, logger: logger
        )
        do {
            guard try await DemoRunner.run(demoOptions, output: { line in StandardOutput.write(line) }) != nil else { throw ExitCode(130) }
        } catch where "\(error)".contains("Address already in use") {
            StandardError.write("error: port \(demoOptions.port) is in use (is `accord serve` running?); try --port 0 for a free one")
            throw ExitCode(1)
        }
        if !exit { StandardOutput.write("Accord demo stopped; database \(database) closed cleanly.") }
    }
}
