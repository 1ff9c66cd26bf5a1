import AccordCore
import Foundation

/// A supplier's own account of its tickets for a period: one row per ticket it resolved.
///
/// A field whose column (CSV) or key (JSON, on every row) is absent is not compared; a present but
/// empty value means "none" and is compared.
public struct SupplierReport: Sendable, Hashable, Codable {
    public var supplier: SupplierID
    public var period: String
    public var rows: [ReportedTicket]
    /// The optional fields the report carries.
    public var columns: Set<ReportedTicket.Field>

    public init(supplier: SupplierID, period: String, rows: [ReportedTicket], columns: Set<ReportedTicket.Field>) {
        self.supplier = supplier
        self.period = period
        self.rows = rows
        self.columns = columns
    }
}

/// One ticket as the supplier reports it.
public struct ReportedTicket: Sendable, Hashable, Codable {
    /// Fields a report may leave out entirely.
    public enum Field: String, Sendable, Hashable, Codable, CaseIterable {
        case priority, respondedAt, resolvedAt, responseMet, resolutionMet
    }

    /// Where the row is in the file (a CSV line, a JSON array index from 1).
    public var line: Int
    /// The supplier's ticket reference (its own id) or Accord's ticket id.
    public var ticket: String
    public var priority: Priority?
    public var respondedAt: Date?
    public var resolvedAt: Date?
    public var responseMet: Bool?
    public var resolutionMet: Bool?

    public init(
        line: Int, ticket: String, priority: Priority? = nil, respondedAt: Date? = nil, resolvedAt: Date? = nil,
        responseMet: Bool? = nil, resolutionMet: Bool? = nil
    ) {
        self.line = line
        self.ticket = ticket
        self.priority = priority
        self.respondedAt = respondedAt
        self.resolvedAt = resolvedAt
        self.responseMet = responseMet
        self.resolutionMet = resolutionMet
    }
}

/// A report that cannot be read: every problem, located.
public struct SupplierReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "\n") }
}
