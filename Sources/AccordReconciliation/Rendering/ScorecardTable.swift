import AccordCore
import Foundation

/// Renders scorecards as a table a service manager reads in a terminal, or as CSV.
public enum ScorecardTable {
    static let headers = [
        "slice", "in scope", "opened", "resp met/meas", "resp %", "resp mean", "resp median", "resp p90",
        "resol met/meas", "resol %", "resol mean", "resol median", "resol p90", "cancelled", "backlog", "overdue",
    ]

    /// A titled, aligned table: totals, then each priority, then each service; compliance, credit and
    /// availability below it.
    public static func text(_ card: Scorecard, title: String? = nil) -> String {
        let owner = card.supplier.map { "supplier \($0)" } ?? card.service.map { "service \($0)" } ?? ""
        var lines = [
            title ?? "\(card.supplier == nil ? "SLA" : "OLA") scorecard \(card.agreementID) (\(owner)), period \(card.period.label)"
                + " [\(ReportInstant.text(card.period.start)) – \(ReportInstant.text(card.period.end))), calendar \(card.calendarID)",
        ]
        if let evidence = card.evidence { lines.append("evidence: \(evidence.quality.rawValue) — \(evidence.note)") }
        lines.append(contentsOf: align([headers] + rows(card).map(\.cells)))
        for result in card.compliance {
            let actual = result.actualPercent.map { "\(plain($0))%" } ?? "nothing measured"
            let verdict = result.isMet ? "met" : "\(plain(result.shortfallPoints)) points short"
            lines.append("compliance \(result.clock.rawValue): \(actual) against \(plain(result.targetPercent))% — \(verdict)")
        }
        if let credit = card.credit {
            lines.append("service credit due: \(CreditCalculator.money(credit.amount)) \(credit.currency)")
            lines += credit.explanation.map { "  \($0)" }
        }
        if let availability = card.availability {
            let percent = availability.availabilityPercent.map { "\(plain($0))%" } ?? "n/a"
            let target = availability.targetPercent.map { " (target \(plain($0))%\(availability.isMet == false ? ", missed" : ", met"))" } ?? ""
            lines.append("availability: \(percent)\(target); downtime \(duration(Double(availability.downtimeSeconds))) of \(duration(Double(availability.serviceSeconds))) service time from \(availability.notices.count) vendor incident(s)")
        }
        return lines.joined(separator: "\n")
    }

    /// One header line and one line per slice, RFC 4180 quoted where needed.
    public static func csv(_ cards: [Scorecard]) -> String {
        let header = ["agreement", "period"] + headers.map { $0.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "/", with: "_") }
        var lines = [header.joined(separator: ",")]
        for card in cards {
            for row in rows(card) {
                lines.append(([card.agreementID.rawValue, card.period.label] + row.cells).map(quote).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Row {
        let cells: [String]
    }

    private static func rows(_ card: Scorecard) -> [Row] {
        var rows = [row("all", card.totals)]
        for key in card.byPriority.keys.sorted() { rows.append(row(key, card.byPriority[key]!)) }
        for key in card.byService.keys.sorted() { rows.append(row("service \(key)", card.byService[key]!)) }
        return rows
    }

    private static func row(_ name: String, _ section: ScorecardSection) -> Row {
        func clock(_ figures: ClockFigures) -> [String] {
            [
                "\(figures.met)/\(figures.measured)", figures.compliancePercent.map(plain) ?? "-",
                figures.meanSeconds.map(duration) ?? "-", figures.medianSeconds.map(duration) ?? "-",
                figures.p90Seconds.map { duration(Double($0)) } ?? "-",
            ]
        }
        let cancelled = section.resolution.cancelled
        return Row(cells: [name, "\(section.ticketsInScope)", "\(section.opened)"] + clock(section.response) + clock(section.resolution)
            + ["\(cancelled)", "\(section.backlog.open)", "\(section.backlog.overdue)"])
    }

    /// `1h05m`, `45m`, `2d03h` of business time (a day is 24 business hours, as in agreements).
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60, rest = total % 60
        if days > 0 { return "\(days)d\(String(format: "%02d", hours))h" }
        if hours > 0 { return "\(hours)h\(String(format: "%02d", minutes))m" }
        if minutes > 0 { return "\(minutes)m\(String(format: "%02d", rest))s" }
        return "\(rest)s"
    }

    static func plain(_ value: Decimal) -> String { CreditCalculator.format(value) }


    private static func align(_ table: [[String]]) -> [String] {
        let widths = (0..<(table.first?.count ?? 0)).map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
    }

    private static func quote(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
