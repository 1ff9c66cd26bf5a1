import Foundation

/// Reads a `Retry-After` header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3), the date in any
/// of the three formats a recipient must accept (§5.6.7): IMF-fixdate, the obsolete RFC 850 form and
/// ANSI C's `asctime()` form.
enum RetryAfter {
    /// The instant before which no request may be sent, or `nil` when the header is absent or unreadable.
    static func until(_ value: String?, now: Date) -> Date? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(value).map { now.addingTimeInterval(TimeInterval($0)) }  // too many digits: unreadable
        }
        return httpDate(value)
    }

    /// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` or `Sun Nov  6 08:49:37 1994`.
    static func httpDate(_ text: String) -> Date? {
        // asctime() pads a one-digit day with a space: read runs of spaces as one.
        let normalised = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            // RFC 850's two-digit year: 70–99 are 19xx, so a header of the last century reads as such.
            formatter.twoDigitStartDate = Date(timeIntervalSince1970: 0)
            if let date = formatter.date(from: normalised) { return date }
        }
        return nil
    }
}
