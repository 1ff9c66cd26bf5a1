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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24 + fractionDigits.utf8.count)
        appendRFC3339(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``description``'s UTF-8 bytes (no escaping needed: digits, `-:.TZ`).
    public func appendRFC3339(to bytes: inout [UInt8]) {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondOfDay = epochSeconds - days * 86_400
        let civil = CivilDate(daysSinceEpoch: days)
        Self.append(civil.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(civil.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(civil.day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        Self.append(secondOfDay / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append((secondOfDay % 3600) / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(secondOfDay % 60, width: 2, to: &bytes)
        if !fractionDigits.isEmpty {
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: fractionDigits.utf8)
        }
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Decimal digits of `value`, zero-padded to `width` (a minus sign first when negative).
    private static func append(_ value: Int64, width: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            append(-value, width: width, to: &bytes)
            return
        }
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        for _ in digits.count ..< max(width, digits.count) { bytes.append(UInt8(ascii: "0")) }
        bytes.append(contentsOf: digits.reversed())
    }

    /// The same instant whatever precision a source wrote it with: `…:00Z`, `…:00.0Z` and
    /// `…:00.000Z` are equal (their text, and so a record's hash, still differ).
    public static func == (lhs: CanonicalInstant, rhs: CanonicalInstant) -> Bool {
        lhs.epochSeconds == rhs.epochSeconds && lhs.significantFraction == rhs.significantFraction
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epochSeconds)
        hasher.combine(significantFraction)
    }

    /// Exact, digit by digit (no rounding through `Double`), consistent with `==`.
    public static func < (lhs: CanonicalInstant, rhs: CanonicalInstant) -> Bool {
        if lhs.epochSeconds != rhs.epochSeconds { return lhs.epochSeconds < rhs.epochSeconds }
        let left = Array(lhs.significantFraction.utf8), right = Array(rhs.significantFraction.utf8)
        for index in 0 ..< max(left.count, right.count) {
            let l = index < left.count ? left[index] : UInt8(ascii: "0")
            let r = index < right.count ? right[index] : UInt8(ascii: "0")
            if l != r { return l < r }
        }
        return false
    }

    /// The fraction digits without trailing zeros.
    private var significantFraction: Substring {
        let digits = fractionDigits.utf8
        guard let last = digits.lastIndex(where: { $0 != UInt8(ascii: "0") }) else { return "" }
        return fractionDigits[...last]
    }
}
