import Foundation

/// What an agreement promises over a reporting period, beyond per-ticket targets: the share of
/// tickets that must meet their target, and what a shortfall costs (service credits).
public struct ComplianceTerms: Sendable, Hashable, Codable {
    /// Per clock, the percentage of measured tickets (met + breached) that must meet their target.
    public var targetPercent: [ClockKind: Decimal]
    /// How a shortfall turns into a credit; `nil` when the agreement has no credit regime.
    public var credit: CreditRule?

    public init(targetPercent: [ClockKind: Decimal], credit: CreditRule? = nil) {
        self.targetPercent = targetPercent
        self.credit = credit
    }
}

/// A service-credit rule: a percentage of the monthly charge per point of compliance below target,
/// summed over the clocks that fall short and capped.
public struct CreditRule: Sendable, Hashable, Codable {
    /// The charge for one calendar month of the service, in ``currency``.
    public var monthlyCharge: Decimal
    /// An ISO 4217 code (`GBP`, `EUR`).
    public var currency: String
    /// Percent of the monthly charge credited per percentage point below a compliance target.
    public var percentPerPoint: Decimal
    /// The most credited for one month, in percent of the monthly charge.
    public var capPercent: Decimal

    public init(monthlyCharge: Decimal, currency: String, percentPerPoint: Decimal, capPercent: Decimal) {
        self.monthlyCharge = monthlyCharge
        self.currency = currency
        self.percentPerPoint = percentPerPoint
        self.capPercent = capPercent
    }
}
