import BusinessTime
import Foundation

/// Calendars clock and scorecard tests build their scenarios on.
public enum CalendarFixtures {
    /// Open around the clock, in UTC.
    public static let alwaysOpen = CalendarDefinition(
        id: "24x7", name: "24x7", timeZoneIdentifier: "UTC",
        week: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [interval("00:00-24:00")]) })
    )

    /// Mon–Fri 08:00–18:00 Europe/London with the given holidays.
    public static func ukOffice(holidays: [Holiday]) -> CalendarDefinition {
        CalendarDefinition(
            id: "uk-office", name: "UK office", timeZoneIdentifier: "Europe/London",
            week: [.mon: [interval("08:00-18:00")], .tue: [interval("08:00-18:00")], .wed: [interval("08:00-18:00")],
                   .thu: [interval("08:00-18:00")], .fri: [interval("08:00-18:00")]],
            holidays: holidays
        )
    }

    /// A working interval written `HH:MM-HH:MM`; a typo in a test is a programming error.
    public static func interval(_ text: String) -> WorkingInterval {
        guard case .success(let interval) = WorkingInterval.parse(text) else { preconditionFailure("bad interval \(text)") }
        return interval
    }

    /// Compiled versions of `definitions`, effective from `dates` (the epoch for a single version).
    public static func versions(_ definitions: [CalendarDefinition], from dates: [Date] = []) -> CalendarVersions {
        let effective = dates.isEmpty ? [Date(timeIntervalSince1970: 0)] : dates
        let versions = zip(definitions, effective).compactMap { definition, date in
            (try? BusinessCalendar(definition)).map { CalendarVersion(effectiveFrom: date, calendar: $0) }
        }
        do {
            return try CalendarVersions(versions)
        } catch {
            preconditionFailure("calendar fixture versions do not compile: \(error)")  // a broken fixture, not a test outcome
        }
    }
}
