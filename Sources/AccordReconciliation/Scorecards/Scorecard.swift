import AccordCore
import Foundation

/// How one agreement performed over one period: the figures a supplier is paid or penalised on.
///
/// Figures follow docs/RECONCILIATION.md: a clock is *measured* in the period in which it stopped
/// (met or breached); backlog is counted at the period's end.
public struct Scorecard: Sendable, Hashable, Codable {
    public var agreementID: AgreementID
    /// The supplier of an OLA.
    public var supplier: SupplierID?
    /// The service of an SLA.
    public var service: ServiceID?
    public var period: ReportPeriod
    /// The calendar the business times are counted on.
    public var calendarID: CalendarID
    /// How far the figures can be trusted (the supplier's tier, gaps, last sync).
    public var evidence: EvidenceStatement?
    public var totals: ScorecardSection
    /// `P1`…`P5`, or `none` for tickets without a priority.
    public var byPriority: [String: ScorecardSection]
    /// By service id, or `none`.
    public var byService: [String: ScorecardSection]
    /// Per clock with a compliance target: the target, the figure and the shortfall.
    public var compliance: [ComplianceResult]
    /// The service credit due, when the agreement has a credit rule and the period is a calendar month.
    public var credit: CreditResult?
    /// Availability of the service from vendor notices (SLA scorecards of services with Exclude-tier vendors).
    public var availability: AvailabilityFigures?
}

/// The figures of a scorecard for one slice of tickets (all, one priority, one service).
public struct ScorecardSection: Sendable, Hashable, Codable {
    /// Tickets whose clocks under the agreement ran at some time in the period.
    public var ticketsInScope: Int
    /// Tickets whose first resolution cycle started in the period.
    public var opened: Int
    public var response: ClockFigures
    public var resolution: ClockFigures
    public var backlog: BacklogFigures
}

/// Met and breached counts and business-time statistics of the clocks that stopped in the period.
public struct ClockFigures: Sendable, Hashable, Codable {
    /// Met + breached.
    public var measured: Int
    public var met: Int
    public var breached: Int
    /// Stopped because the ticket was cancelled: counted, not measured.
    public var cancelled: Int
    /// Stopped while the priority had no target: counted, not measured.
    public var noTarget: Int
    /// `met ÷ measured × 100`, rounded half-up to two decimals; `nil` when nothing was measured.
    public var compliancePercent: Decimal?
    /// Business seconds to respond or resolve over measured clocks.
    public var meanSeconds: Double?
    /// The middle value (the mean of the two middle values for an even count).
    public var medianSeconds: Double?
    /// Nearest rank: the smallest value with at least 90 % of the values at or below it.
    public var p90Seconds: Int?
}

/// Tickets still open at the end of the period.
public struct BacklogFigures: Sendable, Hashable, Codable {
    /// Resolution clocks started before the end and not stopped by then.
    public var open: Int
    /// Of those, the ones already beyond their resolution target at the end.
    public var overdue: Int
    /// Wall-clock age at the end since the clock started, in the buckets of ``AgeingBucket``.
    public var ageing: [AgeingBucket: Int]
}

/// Wall-clock age of an open ticket at the end of a period.
public enum AgeingBucket: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
    case underOneDay = "0-1d"
    case oneToThreeDays = "1-3d"
    case threeToSevenDays = "3-7d"
    case sevenToThirtyDays = "7-30d"
    case overThirtyDays = "30d+"

    /// The bucket of an age in seconds: lower bounds included.
    public init(ageSeconds: Double) {
        let days = ageSeconds / 86_400
        self = switch days {
        case ..<1: .underOneDay
        case ..<3: .oneToThreeDays
        case ..<7: .threeToSevenDays
        case ..<30: .sevenToThirtyDays
        default: .overThirtyDays
        }
    }
}

/// How far a figure can be trusted, after the supplier's tier.
public struct EvidenceStatement: Sendable, Hashable, Codable {
    public var quality: EvidenceQuality
    /// Why, in words: `every timestamp is Accord's own`, `as of the last sync at …`, `2 deliveries failed`.
    public var note: String

    public init(quality: EvidenceQuality, note: String) {
        self.quality = quality
        self.note = note
    }
}

/// One clock's compliance against the agreement's target percentage.
public struct ComplianceResult: Sendable, Hashable, Codable {
    public var clock: ClockKind
    public var targetPercent: Decimal
    /// `nil` when nothing was measured (no shortfall then).
    public var actualPercent: Decimal?
    /// Percentage points below target (0 when met).
    public var shortfallPoints: Decimal
    public var isMet: Bool { shortfallPoints == 0 }
}

/// The credit due for a month and each step of its computation.
public struct CreditResult: Sendable, Hashable, Codable {
    public var currency: String
    public var monthlyCharge: Decimal
    /// Percent of the monthly charge before the cap.
    public var uncappedPercent: Decimal
    /// Percent of the monthly charge after the cap.
    public var percent: Decimal
    /// The amount due, rounded half-up to two decimals.
    public var amount: Decimal
    /// The computation in words, one line per step.
    public var explanation: [String]
}
