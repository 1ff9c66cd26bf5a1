import Foundation

/// Reads a `Retry-After` header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
enum RetryAfter {
    /// The instant before which no request may be sent, or `nil` when the header is absent or unreadable.
    static func until(_ value: String?, now: Date) -> Date? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return now.addingTimeInterval(TimeInterval(max(0, seconds))) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value)
    }
}
