import AccordConfig
import AccordCore
import AccordReconciliation
import AccordServer
import ArgumentParser
import Foundation

/// `accord report …`: OLA and SLA scorecards, breach attribution and supplier discrepancies.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print scorecards, breach attributions and discrepancy reports.",
        subcommands: [OLA.self, SLA.self, Discrepancies.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    /// `accord report ola --supplier S --period 2026-10 [--format table|json|csv]`.
    struct OLA: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ola", abstract: "A supplier's OLA scorecard for a period.")

        @OptionGroup var options: ConfigOptions
        @Option(help: "The supplier id.") var supplier: String
        @Option(help: "A month (2026-10), a date range (2026-10-01..2026-10-15) or two instants (start/end).") var period: String
        @Option(help: "table, json or csv.") var format: Format = .table

        func run() async throws {
            try await ReportRunner.run(options) { service in
                let cards = try await service.olaScorecards(supplier: supplier, period: period)
                return ReportRunner.render(cards, format: format)
            }
        }
    }

    /// `accord report sla --service X --period P`: the customer SLA with availability and breach attribution.
    struct SLA: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sla", abstract: "A service's SLA scorecard, availability and breach attribution.")

        @OptionGroup var options: ConfigOptions
        @Option(help: "The service id.") var service: String
        @Option(help: "A month (2026-10), a date range or two instants.") var period: String
        @Option(help: "table, json or csv.") var format: Format = .table

        func run() async throws {
            try await ReportRunner.run(options) { reconciliation in
                let report = try await reconciliation.slaReport(service: service, period: period, now: Date())
                switch format {
                case .json:
                    return ReportRunner.json(report)
                case .csv:
                    return ScorecardTable.csv([report.scorecard])
                case .table:
                    return ScorecardTable.text(report.scorecard) + "\n" + AttributionText.lines(report.breachAttributions).joined(separator: "\n")
                }
            }
        }
    }

    /// `accord report discrepancies --supplier S --period P`: the supplier's report against the ledger.
    struct Discrepancies: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compare a supplier's submitted report with Accord's ledger.")

        @OptionGroup var options: ConfigOptions
        @Option(help: "The supplier id.") var supplier: String
        @Option(help: "The period the report was submitted for (2026-10).") var period: String
        @Option(help: "table or json.") var format: Format = .table

        func run() async throws {
            try await ReportRunner.run(options) { service in
                let report = try await service.discrepancies(supplier: supplier, period: period)
                if format == .json { return ReportRunner.json(report) }
                var lines = [
                    "Discrepancies \(report.supplier) \(report.period.label): report #\(report.reportID ?? 0) (sha256 \(report.reportSHA256.prefix(16))…), "
                        + "\(report.rowsReported) rows reported, \(report.resolvedInLedger) resolved in the ledger, \(report.discrepancies.count) discrepancies",
                ]
                for item in report.discrepancies {
                    let line = item.reportLine.map { " (report line \($0))" } ?? ""
                    let agreement = item.agreementID.map { " [\($0)]" } ?? ""
                    lines.append("\(item.kind.rawValue) \(item.ticket)\(agreement)\(line): reported \(item.reported ?? "none"), observed \(item.observed ?? "none")")
                    lines += item.evidence.map { "    \($0)" }
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}

/// Shared plumbing of report commands: open the hub, run, print, map errors to exit status 1.
enum ReportRunner {
    static func run(_ options: ConfigOptions, _ body: (ReconciliationService) async throws -> String) async throws {
        let configuration = try options.load()
        let database = try HubDatabase.openExisting(configuration)
        defer { try? database.close() }
        do {
            StandardOutput.write(try await body(ReconciliationService(stores: database.storesWithSync, configuration: configuration)))
        } catch let error as ReconciliationError {
            StandardError.write("error: \(error.description) (\(error.code))")
            throw ExitCode(1)
        }
    }

    static func render(_ cards: [Scorecard], format: ReportCommand.Format) -> String {
        switch format {
        case .table: cards.map { ScorecardTable.text($0) }.joined(separator: "\n\n")
        case .json: json(cards)
        case .csv: ScorecardTable.csv(cards)
        }
    }

    static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}

/// Breach attributions as text lines.
enum AttributionText {
    static func lines(_ attributions: [BreachAttribution]) -> [String] {
        guard !attributions.isEmpty else { return ["no SLA breaches in the period"] }
        var lines = ["SLA breaches and who held the ticket (business time):"]
        for item in attributions {
            let held = item.heldBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)s" }.joined(separator: ", ")
            let paused = item.pausedBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)s" }.joined(separator: ", ")
            let olas = item.contributingOLABreaches.map { "\($0.agreementID) \($0.clock.rawValue)" }.joined(separator: ", ")
            lines.append("  \(item.ticketID): \(item.elapsed)s of \(item.target.map(String.init) ?? "-")s; held by \(held.isEmpty ? "-" : held)"
                + "; paused \(paused.isEmpty ? "-" : paused); OLA breaches \(olas.isEmpty ? "none" : olas)")
        }
        return lines
    }
}
