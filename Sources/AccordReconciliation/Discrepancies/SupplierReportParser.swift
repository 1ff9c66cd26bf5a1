import AccordCore
import AccordMapping
import Foundation

/// Reads a supplier report from CSV or JSON.
///
/// CSV: a header row naming `ticket` and any of `priority`, `respondedAt`, `resolvedAt`,
/// `responseMet`, `resolutionMet` (RFC 4180 quoting). JSON:
/// `{"supplier": "netnova", "period": "2026-10", "tickets": [{"ticket": "NET-1", "priority": "P2", …}]}`.
/// Instants are RFC 3339 with an offset; priorities `P1`…`P5`; outcomes `true`/`false`, `met`/`breached`
/// or `yes`/`no`. Every bad value is reported with its line and column; nothing is accepted partly.
public enum SupplierReportParser {
    public static func parse(_ data: Data, supplier: SupplierID, period: String) throws(SupplierReportError) -> SupplierReport {
        let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        return first == UInt8(ascii: "{") ? try parseJSON(data, supplier: supplier, period: period) : try parseCSV(data, supplier: supplier, period: period)
    }

    // MARK: - CSV

    public static func parseCSV(_ data: Data, supplier: SupplierID, period: String) throws(SupplierReportError) -> SupplierReport {
        let lines: [CSVReader.Row]
        do {
            lines = try CSVReader.numberedRows(data)
        } catch {
            throw SupplierReportError(problems: [error.description])
        }
        guard let header = lines.first else { throw SupplierReportError(problems: ["the report is empty: a header row is needed"]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var problems: [String] = []
        var columns: [ReportedTicket.Field: Int] = [:]
        var ticketColumn: Int?
        for (index, name) in names.enumerated() {
            if name == "ticket" {
                ticketColumn = index
            } else if let field = ReportedTicket.Field(rawValue: name) {
                columns[field] = index
            } else {
                problems.append("line 1: unknown column '\(name)' (expected ticket, \(ReportedTicket.Field.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        guard let ticketColumn else { throw SupplierReportError(problems: problems + ["line 1: the header has no 'ticket' column"]) }
        var rows: [ReportedTicket] = []
        for line in lines.dropFirst() {
            guard line.fields.count == names.count else {
                problems.append("line \(line.line): \(line.fields.count) values for \(names.count) columns")
                continue
            }
            var values: [String: String] = ["ticket": line.fields[ticketColumn]]
            for (field, index) in columns { values[field.rawValue] = line.fields[index] }
            if let row = row(values, line: line.line, where: "line \(line.line)", &problems) { rows.append(row) }
        }
        try check(rows, &problems)
        return SupplierReport(supplier: supplier, period: period, rows: rows, columns: Set(columns.keys))
    }

    // MARK: - JSON

    public static func parseJSON(_ data: Data, supplier: SupplierID, period: String) throws(SupplierReportError) -> SupplierReport {
        guard let file = try? JSONDecoder().decode(ReportFile.self, from: data) else {
            throw SupplierReportError(problems: ["the report is not a JSON object with a 'tickets' array of objects"])
        }
        var problems: [String] = []
        if let named = file.supplier, named != supplier.rawValue {
            problems.append("$.supplier: the report is for '\(named)', not '\(supplier)'")
        }
        if let named = file.period, named != period {
            problems.append("$.period: the report is for '\(named)', not '\(period)'")
        }
        var rows: [ReportedTicket] = []
        var present: Set<ReportedTicket.Field>?
        for (index, entry) in file.tickets.enumerated() {
            let place = "$.tickets[\(index)]"
            var values: [String: String] = [:]
            for (key, value) in entry.sorted(by: { $0.key < $1.key }) {
                guard key == "ticket" || ReportedTicket.Field(rawValue: key) != nil else {
                    problems.append("\(place).\(key): unknown key")
                    continue
                }
                values[key] = value.text
            }
            let fields = Set(ReportedTicket.Field.allCases.filter { values[$0.rawValue] != nil })
            present = present.map { $0.intersection(fields) } ?? fields
            if let row = row(values, line: index + 1, where: place, &problems) { rows.append(row) }
        }
        try check(rows, &problems)
        return SupplierReport(supplier: supplier, period: period, rows: rows, columns: present ?? [])
    }

    private struct ReportFile: Decodable {
        var supplier: String?
        var period: String?
        var tickets: [[String: ReportValue]]
    }

    /// A JSON scalar as text: `null` → empty, booleans `true`/`false`, numbers as written.
    private struct ReportValue: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                text = ""
            } else if let flag = try? container.decode(Bool.self) {
                text = flag ? "true" : "false"
            } else if let string = try? container.decode(String.self) {
                text = string
            } else {
                text = String(try container.decode(Double.self))
            }
        }
    }

    // MARK: - Values

    private static func row(_ values: [String: String], line: Int, where place: String, _ problems: inout [String]) -> ReportedTicket? {
        let before = problems.count
        let ticket = values["ticket"]?.trimmingCharacters(in: .whitespaces) ?? ""
        if ticket.isEmpty { problems.append("\(place): 'ticket' is empty") }
        var row = ReportedTicket(line: line, ticket: ticket)
        if let text = nonEmpty(values["priority"]) {
            row.priority = Priority(text: text)
            if row.priority == nil { problems.append("\(place): priority '\(text)' is not P1…P5") }
        }
        row.respondedAt = instant(values["respondedAt"], "respondedAt", place, &problems)
        row.resolvedAt = instant(values["resolvedAt"], "resolvedAt", place, &problems)
        row.responseMet = outcome(values["responseMet"], "responseMet", place, &problems)
        row.resolutionMet = outcome(values["resolutionMet"], "resolutionMet", place, &problems)
        return problems.count == before ? row : nil
    }

    private static func check(_ rows: [ReportedTicket], _ problems: inout [String]) throws(SupplierReportError) {
        var seen: [String: Int] = [:]
        for row in rows {
            if let first = seen[row.ticket] {
                problems.append("line \(row.line): ticket '\(row.ticket)' is listed twice (first at \(first))")
            } else {
                seen[row.ticket] = row.line
            }
        }
        if !problems.isEmpty { throw SupplierReportError(problems: problems) }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func instant(_ text: String?, _ column: String, _ place: String, _ problems: inout [String]) -> Date? {
        guard let text = nonEmpty(text) else { return nil }
        if let date = ReportInstant.parse(text) { return date }
        problems.append("\(place): \(column) '\(text)' is not an RFC 3339 instant with an offset (2026-10-05T09:30:00Z)")
        return nil
    }

    private static func outcome(_ text: String?, _ column: String, _ place: String, _ problems: inout [String]) -> Bool? {
        guard let text = nonEmpty(text) else { return nil }
        switch text.lowercased() {
        case "true", "met", "yes", "y", "1": return true
        case "false", "breached", "no", "n", "0": return false
        default:
            problems.append("\(place): \(column) '\(text)' must be true/false, met/breached or yes/no")
            return nil
        }
    }
}
