import Foundation

/// The span a report covers: `[start, end)` in absolute time, with the text it was asked for.
///
/// A calendar month (`2026-10`) and a date range (`2026-10-01..2026-10-15`, both days included)
/// are taken in the time zone of the agreement's calendar, so October in London starts at
/// 2026-09-30T23:00:00Z. An instant range (`2026-10-01T00:00:00Z/2026-11-01T00:00:00Z`) is absolute.
public struct ReportPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: Date
    public var end: Date
    /// The text the period was written as (`2026-10`).
    public var label: String
    /// Set when the period is one calendar month: service credits are computed per month.
    public var isCalendarMonth: Bool

    public init(start: Date, end: Date, label: String, isCalendarMonth: Bool = false) {
        self.start = start
        self.end = end
        self.label = label
        self.isCalendarMonth = isCalendarMonth
    }

    public var description: String { label }

    /// Whether `instant` lies in `[start, end)`.
    public func contains(_ instant: Date) -> Bool { instant >= start && instant < end }

    /// Parses `YYYY-MM`, `YYYY-MM-DD..YYYY-MM-DD` or `instant/instant` (RFC 3339 with an offset).
    public static func parse(_ text: String, timeZone: TimeZone) throws(ReportPeriodError) -> ReportPeriod {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let slash = trimmed.firstIndex(of: "/") {
            guard let start = ReportInstant.parse(trimmed[..<slash]), let end = ReportInstant.parse(trimmed[trimmed.index(after: slash)...]) else {
                throw .invalid(text, "an instant range needs two RFC 3339 instants with offsets, e.g. 2026-10-01T00:00:00Z/2026-11-01T00:00:00Z")
            }
            guard start < end else { throw .invalid(text, "the range ends before it starts") }
            return ReportPeriod(start: start, end: end, label: trimmed)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let range = trimmed.range(of: "..") {
            guard let first = day(trimmed[..<range.lowerBound]), let last = day(trimmed[range.upperBound...]),
                  let start = calendar.date(from: first),
                  let lastStart = calendar.date(from: last), let end = calendar.date(byAdding: .day, value: 1, to: lastStart) else {
                throw .invalid(text, "a date range is written YYYY-MM-DD..YYYY-MM-DD (both days included)")
            }
            guard start < end else { throw .invalid(text, "the range ends before it starts") }
            return ReportPeriod(start: start, end: end, label: trimmed)
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month), year >= 1,
              let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else {
            throw .invalid(text, "write a month as YYYY-MM (2026-10), a date range as 2026-10-01..2026-10-15, or two instants as start/end")
        }
        return ReportPeriod(start: start, end: end, label: trimmed, isCalendarMonth: true)
    }

    private static func day(_ text: Substring) -> DateComponents? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Refuse 2026-02-30 rather than rolling it over into March.
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              calendar.component(.day, from: date) == day else { return nil }
        return DateComponents(year: year, month: month, day: day)
    }

}

/// A period text that cannot be read.
public enum ReportPeriodError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String, String)

    public var description: String {
        switch self {
        case .invalid(let text, let why): "invalid period '\(text)': \(why)"
        }
    }
}
