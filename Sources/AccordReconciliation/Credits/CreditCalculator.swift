import AccordCore
import Foundation

/// Turns compliance shortfalls into a month's service credit.
///
/// Per clock below its compliance target: shortfall points × `percentPerPoint` percent of the
/// monthly charge; the clocks' percentages are summed, then capped at `capPercent`; the amount is
/// rounded half-up to two decimals. Compliance figures are the reported (rounded) percentages, so
/// the computation can be redone by hand from the scorecard.
public enum CreditCalculator {
    public static func credit(rule: CreditRule, compliance: [ComplianceResult]) -> CreditResult {
        var lines: [String] = []
        var uncapped: Decimal = 0
        for result in compliance {
            let target = format(result.targetPercent)
            guard let actual = result.actualPercent else {
                lines.append("\(result.clock.rawValue): nothing measured, no credit")
                continue
            }
            if result.shortfallPoints == 0 {
                lines.append("\(result.clock.rawValue): \(format(actual))% meets the \(target)% target, no credit")
                continue
            }
            let percent = result.shortfallPoints * rule.percentPerPoint
            uncapped += percent
            lines.append(
                "\(result.clock.rawValue): \(format(actual))% is \(format(result.shortfallPoints)) points below \(target)%"
                    + " × \(format(rule.percentPerPoint))% = \(format(percent))% of the monthly charge"
            )
        }
        let percent = min(uncapped, rule.capPercent)
        if uncapped > rule.capPercent {
            lines.append("total \(format(uncapped))% capped at \(format(rule.capPercent))%")
        }
        let amount = Percent.rounded(rule.monthlyCharge * percent / 100)
        lines.append("\(format(percent))% of \(money(rule.monthlyCharge)) \(rule.currency) = \(money(amount)) \(rule.currency)")
        return CreditResult(
            currency: rule.currency, monthlyCharge: rule.monthlyCharge, uncappedPercent: uncapped, percent: percent,
            amount: amount, explanation: lines
        )
    }

    /// An amount with exactly two decimals (`1250.00`, `673.20`), rounded half-up.
    public static func money(_ value: Decimal) -> String {
        let text = format(Percent.rounded(value))
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        return text + String(repeating: "0", count: max(0, 2 - decimals))
    }

    /// Plain decimal text (`2.5`, `1250`), independent of the locale.
    static func format(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
}
