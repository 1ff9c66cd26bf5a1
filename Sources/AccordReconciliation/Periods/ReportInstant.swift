import AccordLedger
import Foundation

/// Instants as reports read and write them.
public enum ReportInstant {
    /// RFC 3339 in UTC, as the ledger writes it, without the fraction when it is zero:
    /// `2026-10-06T11:00:00Z`, `2026-10-06T11:00:00.250000Z`.
    public static func text(_ date: Date) -> String {
        LedgerCanonicalText.timestamp(date).replacingOccurrences(of: ".000000Z", with: "Z")
    }

    /// An RFC 3339 instant with an offset (`Z` or `±HH:MM`), with or without a fraction; `nil` otherwise.
    public static func parse(_ text: some StringProtocol) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: String(text)) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: String(text))
    }
}
