import AccordConfig
import AccordCore
import AccordServer
import ArgumentParser
import Foundation

/// `accord reconcile import SUPPLIER FILE --period P`: keep a supplier's own monthly figures.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Import the figures suppliers report about themselves.",
        subcommands: [Import.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Store a supplier's report (CSV or JSON) for `accord report discrepancies`."
        )

        @OptionGroup var options: ConfigOptions
        @Argument(help: "The supplier id.") var supplier: String
        @Argument(help: "The report file (.csv or .json).") var file: String
        @Option(help: "The period the report covers (2026-10).") var period: String

        func run() async throws {
            guard let body = FileManager.default.contents(atPath: file) else {
                StandardError.write("error: cannot read \(file)")
                throw ExitCode(1)
            }
            let contentType = file.lowercased().hasSuffix(".json") ? "application/json" : file.lowercased().hasSuffix(".csv") ? "text/csv" : nil
            let configuration = try options.load()
            let database = try HubDatabase.open(configuration)
            defer { try? database.close() }
            let service = ReconciliationService(stores: database.storesWithSync, configuration: configuration)
            do {
                let (id, report) = try await service.importReport(supplier: supplier, period: period, body: body, contentType: contentType, now: Date())
                StandardOutput.write("report #\(id) stored: \(report.rows.count) tickets from \(supplier) for \(period)")
            } catch let error as ReconciliationError {
                if case .invalidReport(let problems) = error {
                    for problem in problems { StandardError.write("\(file): \(problem)") }
                }
                StandardError.write("error: \(error.description) (\(error.code))")
                throw ExitCode(1)
            }
        }
    }
}
