import Foundation

/// Whole seconds since 1970 are the unit of all business-time arithmetic.
///
/// Instants are clamped to 0001-01-01T00:00:00Z...9999-12-31T23:59:59Z (NaN counts as the lower
/// bound), so conversion can never trap.
enum WholeSeconds {
    static let lowerBound = -62_135_596_800
    static let upperBound = 253_402_300_799
    /// No business duration longer than the supported range can ever be reached.
    static let longestDuration = upperBound - lowerBound
}

extension Date {
    /// The instant rounded up to a whole second: a partial second is never business time.
    var wholeSecondsRoundedUp: Int { Int(clampedSecondsSince1970.rounded(.up)) }

    /// The instant rounded down to a whole second.
    var wholeSecondsRoundedDown: Int { Int(clampedSecondsSince1970.rounded(.down)) }

    /// The instant `seconds` whole seconds after 1970-01-01T00:00:00Z.
    init(wholeSeconds seconds: Int) {
        self.init(timeIntervalSince1970: Double(seconds))
    }

    private var clampedSecondsSince1970: Double {
        let value = timeIntervalSince1970
        guard !value.isNaN else { return Double(WholeSeconds.lowerBound) }
        return Swift.min(Swift.max(value, Double(WholeSeconds.lowerBound)), Double(WholeSeconds.upperBound))
    }
}
