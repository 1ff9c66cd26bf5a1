import Foundation

/// Why a business calendar could not be built, or could not answer a question.
public enum BusinessTimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The calendar names a time zone that Foundation does not know.
    case unknownTimeZone(String)
    /// Two holidays share a date; a calendar allows at most one per date.
    case duplicateHoliday(LocalDate)
    /// The calendar has no working time from the given instant on, so no deadline can be reached.
    case noWorkingTime(calendarID: String)
    /// A negative amount of business time was asked for.
    case negativeDuration(Int)
    /// The instant or the result lies outside 0001-01-01...9999-12-31 UTC.
    case outOfSupportedRange
    /// Two calendar versions take effect at the same instant.
    case duplicateEffectiveDate(Date)

    public var description: String {
        switch self {
        case .unknownTimeZone(let identifier):
            "unknown time zone '\(identifier)'; use an IANA name such as Europe/London"
        case .duplicateHoliday(let date):
            "more than one holiday on \(date); a calendar allows at most one per date"
        case .noWorkingTime(let calendarID):
            "calendar '\(calendarID)' has no working time left, so no deadline can be computed"
        case .negativeDuration(let seconds):
            "business time must not be negative (got \(seconds) seconds)"
        case .outOfSupportedRange:
            "instant outside the supported range 0001-01-01...9999-12-31 UTC"
        case .duplicateEffectiveDate(let date):
            "more than one calendar version takes effect at \(date.timeIntervalSince1970) (seconds since 1970)"
        }
    }
}
