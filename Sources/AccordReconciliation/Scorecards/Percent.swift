import Foundation

/// Decimal rounding used for every reported percentage and amount: half-up to two decimals.
enum Percent {
    static func rounded(_ value: Decimal, scale: Int = 2) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }
}
