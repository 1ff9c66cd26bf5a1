import AccordCore
import Foundation

/// The exact text an entry's hash covers, so a supplier can recompute every hash from an export.
///
/// One line of `|`-separated fields, in this order:
/// `v1|sequence|block|ticket|agreement|clock|cycle|kind|instant|elapsed|target|reason|event|calendar|calendarVersion`.
/// Instants are RFC 3339 in UTC with six fractional digits (`2026-10-01T08:00:00.000000Z`); absent
/// values are empty; `\`, `|` and line breaks inside values are escaped as `\\`, `\|`, `\n`.
public enum LedgerCanonicalText {
    public static func text(of entry: LedgerEntry, sequence: Int, block: Int) -> String {
        [
            "v1", String(sequence), String(block), escape(entry.ticketID.rawValue), escape(entry.agreementID.rawValue),
            entry.clock.rawValue, String(entry.cycle), entry.kind.rawValue, timestamp(entry.instant), String(entry.elapsed),
            entry.target.map(String.init) ?? "", escape(entry.reason ?? ""), escape(entry.causingEvent?.rawValue ?? ""),
            escape(entry.calendarID.rawValue), timestamp(entry.calendarVersion),
        ].joined(separator: "|")
    }

    /// RFC 3339 UTC with microseconds, computed without locale or calendar APIs.
    public static func timestamp(_ date: Date) -> String {
        let totalMicros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        guard totalMicros.isFinite, abs(totalMicros) < 2.5e17 else { return "invalid" }
        let micros = Int64(totalMicros)
        var seconds = micros / 1_000_000
        var fraction = micros % 1_000_000
        if fraction < 0 {
            fraction += 1_000_000
            seconds -= 1
        }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "." + pad(fraction, 6) + "Z"
    }

    private static func escape(_ text: String) -> String {
        // Most values need none: Foundation's replacing copied each of them four times.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else {
            return text
        }
        return text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Howard Hinnant's civil_from_days.
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
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
