import AccordCore
import Foundation

/// Reads an agreement's optional compliance targets and service-credit rule.
///
/// ```yaml
/// compliance:            # % of measured tickets (met + breached) that must meet their target
///   response: 95
///   resolution: 90
/// credits:               # needs compliance; a month's credit is summed over clocks and capped
///   monthlyCharge: 25000.00
///   currency: GBP
///   percentPerPoint: 2   # of the monthly charge, per percentage point below a compliance target
///   capPercent: 15       # of the monthly charge
/// ```
enum ComplianceTermsReader {
    static let yamlKeys = ["compliance", "credits"]

    /// `nil` and no diagnostic when neither key is present.
    static func read(_ mapping: YAMLMapping, _ log: DiagnosticLog) -> (terms: ComplianceTerms?, valid: Bool) {
        guard let complianceValue = mapping["compliance"], !complianceValue.isNull else {
            if let credits = mapping["credits"], !credits.isNull {
                log.error("'credits' needs 'compliance' targets to compare with", at: credits.location)
                return (nil, false)
            }
            return (nil, true)
        }
        guard let compliance = complianceValue.mapping(log, "'compliance'", allowedKeys: ClockKind.allCases.map(\.rawValue)) else {
            return (nil, false)
        }
        var targets: [ClockKind: Decimal] = [:]
        var valid = true
        for clock in ClockKind.allCases where compliance[clock.rawValue] != nil {
            if let percent = decimal(compliance, clock.rawValue, in: 0...100, log) { targets[clock] = percent } else { valid = false }
        }
        // An empty mapping is an error of its own; one with only unknown keys was reported already.
        if case .mapping(let raw) = complianceValue.node, raw.count == 0 {
            log.error("'compliance' needs a target for response, resolution or both", at: compliance.location)
            valid = false
        }
        var credit: CreditRule?
        if let creditsValue = mapping["credits"], !creditsValue.isNull {
            credit = readCredit(creditsValue, log)
            if credit == nil { valid = false }
        }
        return valid ? (ComplianceTerms(targetPercent: targets, credit: credit), true) : (nil, false)
    }

    private static func readCredit(_ value: YAMLValue, _ log: DiagnosticLog) -> CreditRule? {
        let keys = ["monthlyCharge", "currency", "percentPerPoint", "capPercent"]
        guard let mapping = value.mapping(log, "'credits'", allowedKeys: keys) else { return nil }
        let charge = mapping.required("monthlyCharge", log) == nil ? nil : decimal(mapping, "monthlyCharge", in: 0...1_000_000_000_000, log)
        let currency = mapping.requiredString("currency", log)
        let perPoint = mapping.required("percentPerPoint", log) == nil ? nil : decimal(mapping, "percentPerPoint", in: 0...100, log)
        let cap = mapping.required("capPercent", log) == nil ? nil : decimal(mapping, "capPercent", in: 0...100, log)
        if let currency, currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            log.error("'currency' must be an ISO 4217 code such as GBP or EUR (found '\(currency)')", at: mapping["currency"]?.location ?? mapping.location)
            return nil
        }
        guard let charge, let currency, let perPoint, let cap else { return nil }
        return CreditRule(monthlyCharge: charge, currency: currency, percentPerPoint: perPoint, capPercent: cap)
    }

    /// A decimal number (`99.5`, `25000.00`) within `range`, reported with its location otherwise.
    private static func decimal(_ mapping: YAMLMapping, _ key: String, in range: ClosedRange<Decimal>, _ log: DiagnosticLog) -> Decimal? {
        guard let value = mapping[key], let text = value.scalar(log, "'\(key)'") else { return nil }
        let isNumber = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && text.filter { $0 == "." }.count <= 1
        guard isNumber, let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), range.contains(number) else {
            log.error("'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound) (found '\(text)')", at: value.location)
            return nil
        }
        return number
    }
}
