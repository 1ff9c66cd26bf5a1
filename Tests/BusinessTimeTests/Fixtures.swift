import BusinessTime
import Foundation
import Testing

/// Builders for calendars and instants written the way the tests read best.
enum Fixtures {
    static let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    /// Parses `HH:MM-HH:MM` intervals.
    static func intervals(_ texts: [String]) throws -> [WorkingInterval] {
        try texts.map { try WorkingInterval.parse($0).get() }
    }

    static func date(_ text: String) throws -> LocalDate {
        try #require(LocalDate(text: text))
    }

    /// A definition with the same intervals on `days` and the given holidays.
    static func definition(
        _ zone: String, days: [Weekday] = weekdays, hours: [String],
        holidays: [Holiday] = [], id: String = "test"
    ) throws -> CalendarDefinition {
        let dayIntervals = try intervals(hours)
        let week = Dictionary(uniqueKeysWithValues: days.map { ($0, dayIntervals) })
        return CalendarDefinition(id: id, name: id, timeZoneIdentifier: zone, week: week, holidays: holidays)
    }

    static func calendar(
        _ zone: String, days: [Weekday] = weekdays, hours: [String], holidays: [Holiday] = []
    ) throws -> BusinessCalendar {
        try BusinessCalendar(definition(zone, days: days, hours: hours, holidays: holidays))
    }

    /// Open around the clock, every day.
    static func allWeek(_ zone: String, holidays: [Holiday] = []) throws -> BusinessCalendar {
        try calendar(zone, days: Weekday.allCases, hours: ["00:00-24:00"], holidays: holidays)
    }

    static func holiday(_ date: String, _ hours: [String]? = nil) throws -> Holiday {
        try Holiday(date: self.date(date), name: "holiday \(date)", hours: hours.map { try intervals($0) })
    }

    /// A UTC instant written `YYYY-MM-DD HH:MM[:SS[.fraction]]`.
    static func utc(_ text: String) throws -> Date {
        let parts = text.split(separator: " ")
        try #require(parts.count == 2, "expected 'YYYY-MM-DD HH:MM[:SS]', got '\(text)'")
        let day = try date(String(parts[0]))
        let clock = parts[1].split(separator: ":").map(String.init)
        try #require(clock.count >= 2)
        let hour = try #require(Int(clock[0]))
        let minute = try #require(Int(clock[1]))
        let second = clock.count > 2 ? try #require(Double(clock[2])) : 0
        let whole = day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60
        return Date(timeIntervalSince1970: Double(whole) + second)
    }
}
