import Foundation

/// An absolute instant as the canonical model prints it: whole seconds since 1970 in UTC plus the
/// fractional-second digits exactly as the source gave them (so `.120` stays `.120`).
public struct CanonicalInstant: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64
    /// Fraction digits after the decimal point, `""` when the source had none.
    public var fractionDigits: String

    public init(epochSeconds: Int64, fractionDigits: String = "") {
        self.epochSeconds = epochSeconds
        self.fractionDigits = fractionDigits
    }

    /// The instant as a Foundation date (sub-microsecond digits may round).
    public var date: Date {
        let fraction = fractionDigits.isEmpty ? 0 : (Double("0." + fractionDigits) ?? 0)
        return Date(timeIntervalSince1970: Double(epochSeconds) + fraction)
    }

    /// RFC 3339 in UTC: `2024-03-31T01:30:00.120Z`.
    public var description: String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondOfDay = epochSeconds - days * 86_400
        let civil = CivilDate(daysSinceEpoch: days)
        let hour = secondOfDay / 3600, minute = (secondOfDay % 3600) / 60, second = secondOfDay % 60
        var text = "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))"
        text += "T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if !fractionDigits.isEmpty { text += "." + fractionDigits }
        return text + "Z"
    }

    public static func < (lhs: CanonicalInstant, rhs: CanonicalInstant) -> Bool {
        lhs.date < rhs.date
    }

    private func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
