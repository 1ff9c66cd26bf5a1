import Foundation

/// RFC 3339 instants as `accord time` reads and writes them.
///
/// Input must carry its offset (`Z` or `±HH:MM`); a local time alone is ambiguous and rejected.
/// Output is written in a calendar's time zone with that zone's offset at the instant (`+00:00`,
/// never `Z`), with fractional seconds only when the instant has them (to the microsecond).
public enum RFC3339 {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; `t`, `z` and a space for `T` are accepted.
    public static func parse(_ text: String) throws(TimeQueryError) -> Date {
        var scanner = Scanner(bytes: Array(text.utf8))
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2), scanner.skip("-"),
              let day = scanner.digits(2) else { throw malformed(text) }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else {
            throw malformed(text, hint: scanner.atEnd ? "a date alone is not an instant; add a time and offset" : nil)
        }
        guard let hour = scanner.digits(2), scanner.skip(":"), let minute = scanner.digits(2), scanner.skip(":"),
              let second = scanner.digits(2) else { throw malformed(text) }
        var fraction = 0.0
        if scanner.skip(".") {
            guard let digits = scanner.digitRun(), let value = Double("0." + digits) else { throw malformed(text) }
            fraction = value
        }
        let offset: Int
        if scanner.skip("Z") || scanner.skip("z") {
            offset = 0
        } else if scanner.peek == UInt8(ascii: "+") || scanner.peek == UInt8(ascii: "-") {
            let sign = scanner.peek == UInt8(ascii: "-") ? -1 : 1
            _ = scanner.next()
            guard let hours = scanner.digits(2), scanner.skip(":"), let minutes = scanner.digits(2),
                  hours < 24, minutes < 60 else { throw malformed(text, hint: "the offset must be Z or ±HH:MM") }
            offset = sign * (hours * 3600 + minutes * 60)
        } else if scanner.atEnd {
            throw TimeQueryError(.invalidInstant, "'\(text)' has no UTC offset; add Z or an offset such as +01:00 (a local time alone is ambiguous)")
        } else {
            throw malformed(text)
        }
        guard scanner.atEnd else { throw malformed(text) }
        guard let date = LocalDateParts(year: year, month: month, day: day).daysSinceEpoch,
              hour < 24, minute < 60, second < 60 else {
            throw TimeQueryError(.invalidInstant, "'\(text)' is not a valid date and time (leap seconds and 24:00 are not accepted)")
        }
        let seconds = date * 86_400 + hour * 3600 + minute * 60 + second - offset
        guard seconds >= supportedSeconds.lowerBound, seconds <= supportedSeconds.upperBound else {
            throw TimeQueryError(.invalidInstant, "'\(text)' is outside the supported range 0001-01-01...9999-12-31 UTC")
        }
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// The instant in `timeZone`'s local time with its offset, e.g. `2026-03-30T09:00:00+01:00`.
    ///
    /// Offsets that are not whole minutes (local mean time before 1900) cannot be written in
    /// RFC 3339, so such instants are written in UTC as `+00:00`.
    public static func format(_ date: Date, in timeZone: TimeZone) -> String {
        var whole = Int(date.timeIntervalSince1970.rounded(.down))
        var micros = Int(((date.timeIntervalSince1970 - Double(whole)) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            whole += 1
            micros -= 1_000_000
        }
        var offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(whole)))
        if offset % 60 != 0 { offset = 0 }
        let local = whole + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let civil = civilDate(fromDays: days)
        var text = "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))T"
            + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if micros > 0 {
            var digits = pad(micros, 6)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        let absolute = abs(offset)
        return text + (offset < 0 ? "-" : "+") + "\(pad(absolute / 3600, 2)):\(pad(absolute / 60 % 60, 2))"
    }

    /// 0001-01-01T00:00:00Z ... 9999-12-31T23:59:59Z in seconds since 1970, as `BusinessTime` supports.
    static let supportedSeconds = -62_135_596_800 ... 253_402_300_799

    private static func malformed(_ text: String, hint: String? = nil) -> TimeQueryError {
        TimeQueryError(.invalidInstant, "'\(text)' is not an RFC 3339 instant such as 2026-03-30T09:00:00+01:00"
            + (hint.map { "; \($0)" } ?? ""))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Howard Hinnant's civil_from_days: the proleptic Gregorian date of days since 1970-01-01.
    static func civilDate(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
