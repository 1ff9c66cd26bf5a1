import BusinessTime
import Foundation

/// The reference the benchmark races: steps minute by minute from the start, asking the time
/// zone for each minute's local reading and the definition for that local day's intervals.
///
/// Exact for calendars whose boundaries are whole minutes away from every DST transition (UK
/// office hours: clocks change at 01:00 UTC, outside 08:00–18:00) and for starts on whole minutes.
struct NaiveMinuteClock {
    let definition: CalendarDefinition
    let timeZone: TimeZone

    init?(_ definition: CalendarDefinition) {
        guard let zone = TimeZone(identifier: definition.timeZoneIdentifier) else { return nil }
        self.definition = definition
        timeZone = zone
    }

    /// Whether the minute starting at `instant` (seconds since 1970, a whole minute) is business time.
    func isOpenMinute(startingAt instant: Int) -> Bool {
        let local = instant + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - day * 86_400
        return intervals(onDay: day).contains { $0.start.secondsOfDay <= secondOfDay && secondOfDay < $0.end.secondsOfDay }
    }

    /// Business seconds from `start` to `end` (whole minutes).
    func elapsed(from start: Int, to end: Int) -> Int {
        var total = 0
        var minute = start
        while minute < end {
            if isOpenMinute(startingAt: minute) { total += 60 }
            minute += 60
        }
        return total
    }

    /// The instant `seconds` (at least 1) business seconds after `start` (a whole minute).
    func add(_ seconds: Int, to start: Int) -> Int {
        var remaining = seconds
        var minute = start
        while true {
            if isOpenMinute(startingAt: minute) {
                if remaining <= 60 { return minute + remaining }
                remaining -= 60
            }
            minute += 60
        }
    }

    private func intervals(onDay day: Int) -> [WorkingInterval] {
        if let holiday = definition.holidays.first(where: { $0.date.daysSinceEpoch == day }) { return holiday.hours ?? [] }
        let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat, .sun]
        let index = ((day + 3) % 7 + 7) % 7
        return definition.intervals(on: weekdays[index])
    }
}
