import AccordReconciliation

/// Why a report could not be produced, with a stable code (docs/API-ERRORS.md).
public enum ReconciliationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownSupplier(String)
    case unknownService(String)
    case invalidPeriod(String)
    /// The supplier has no OLA (an Exclude-tier vendor) or the service no SLA.
    case noAgreement(String)
    case invalidReport([String])
    case noReport(supplier: String, period: String)
    /// Only Integrate and Interface suppliers report on themselves.
    case reportsNotAccepted(String)
    /// The storage backend keeps no clock records or reports.
    case unsupported(String)

    /// The stable error code.
    public var code: String {
        switch self {
        case .unknownSupplier: "reconciliation.unknown_supplier"
        case .unknownService: "reconciliation.unknown_service"
        case .invalidPeriod: "reconciliation.invalid_period"
        case .noAgreement: "reconciliation.no_agreement"
        case .invalidReport: "reconciliation.invalid_report"
        case .noReport: "reconciliation.no_report"
        case .reportsNotAccepted: "reconciliation.reports_not_accepted"
        case .unsupported: "reconciliation.unsupported"
        }
    }

    public var description: String {
        switch self {
        case .unknownSupplier(let id): "no supplier '\(id)' is configured"
        case .unknownService(let id): "no service '\(id)' is in the catalogue"
        case .invalidPeriod(let why): why
        case .noAgreement(let what): what
        case .invalidReport(let problems): "the report cannot be read: " + problems.joined(separator: "; ")
        case .noReport(let supplier, let period): "supplier '\(supplier)' has submitted no report for \(period)"
        case .unsupported(let what): what
        case .reportsNotAccepted(let why): why
        }
    }
}
