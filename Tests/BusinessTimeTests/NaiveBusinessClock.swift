import BusinessTime
import Foundation

/// A deliberately naive reference: steps minute by minute and decides each minute from the
/// definition alone, sharing no code with `BusinessCalendar`.
///
/// A minute starting at instant `t` (whole UTC minute) belongs to local day
/// `floor(max local reading so far / 1 day)`, and is inside an interval of that day when the wall
/// clock has already reached the interval's start (at some instant <= t) and will still read
/// below its end at some instant >= t. That is exactly "start = first occurrence, end = second
/// occurrence, skipped times = the transition". Requires whole-minute offsets and transitions.
struct NaiveBusinessClock {
    let definition: CalendarDefinition
    let timeZone: TimeZone
    private let gregorian: Calendar

    /// Folds shorter than this are seen whole when looking back and ahead.
    private static let paddingMinutes = 4 * 60

    init?(_ definition: CalendarDefinition) {
        guard let zone = TimeZone(identifier: definition.timeZoneIdentifier),
              let utc = TimeZone(identifier: "UTC") else { return nil }
        self.definition = definition
        timeZone = zone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        gregorian = calendar
    }

    /// Whether each minute `firstMinute + 60 * i` (for `i < count`) is business time.
    func openMinutes(from firstMinute: Int, count: Int) -> [Bool] {
        let padding = Self.paddingMinutes
        let readings = (-padding ..< count + padding).map { index -> Int in
            let instant = firstMinute + index * 60
            return instant + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
        }
        var runningMax = readings
        for index in 1 ..< readings.count { runningMax[index] = max(runningMax[index - 1], readings[index]) }
        var futureMin = readings
        for index in stride(from: readings.count - 2, through: 0, by: -1) {
            futureMin[index] = min(futureMin[index + 1], readings[index])
        }
        var intervalCache: [Int: [WorkingInterval]] = [:]
        return (0 ..< count).map { minute in
            let index = minute + padding
            let reached = runningMax[index]
            let day = Int((Double(reached) / 86_400).rounded(.down))
            let intervals = intervalCache[day] ?? wallClockIntervals(onDay: day)
            intervalCache[day] = intervals
            return intervals.contains { interval in
                day * 86_400 + interval.start.minutes * 60 <= reached && futureMin[index] < day * 86_400 + interval.end.minutes * 60
            }
        }
    }

    /// Working intervals on a local day (days since 1970), straight from the definition.
    func wallClockIntervals(onDay day: Int) -> [WorkingInterval] {
        if let holiday = definition.holidays.first(where: { $0.date.daysSinceEpoch == day }) {
            return holiday.hours ?? []
        }
        let weekdayNumber = gregorian.component(.weekday, from: Date(timeIntervalSince1970: Double(day) * 86_400))
        guard let weekday = Weekday(gregorianNumber: weekdayNumber) else { return [] }
        return definition.intervals(on: weekday)
    }

    func isOpen(at instant: Date) -> Bool {
        let second = Int(instant.timeIntervalSince1970.rounded(.down))
        return openMinutes(from: Self.minute(containing: second), count: 1)[0]
    }

    /// Whole business seconds in `[ceil(start), floor(end))`.
    func elapsed(from start: Date, to end: Date) -> Int {
        let first = Int(start.timeIntervalSince1970.rounded(.up))
        let last = Int(end.timeIntervalSince1970.rounded(.down))
        guard last > first else { return 0 }
        let firstMinute = Self.minute(containing: first)
        let open = openMinutes(from: firstMinute, count: (last - firstMinute + 59) / 60)
        var total = 0
        for (index, isOpen) in open.enumerated() where isOpen {
            let lower = max(firstMinute + index * 60, first)
            let upper = min(firstMinute + index * 60 + 60, last)
            total += max(0, upper - lower)
        }
        return total
    }

    /// The instant `seconds` (at least 1) business seconds after `start`, searching at most
    /// `maxDays` ahead.
    func add(_ seconds: Int, to start: Date, maxDays: Int = 800) -> Date? {
        let first = Int(start.timeIntervalSince1970.rounded(.up))
        var remaining = seconds
        var chunkStart = Self.minute(containing: first)
        let chunkMinutes = 14 * 1_440
        while chunkStart < first + maxDays * 86_400 {
            for (index, isOpen) in openMinutes(from: chunkStart, count: chunkMinutes).enumerated() where isOpen {
                let lower = max(chunkStart + index * 60, first)
                let available = chunkStart + index * 60 + 60 - lower
                if remaining <= available { return Date(timeIntervalSince1970: Double(lower + remaining)) }
                remaining -= available
            }
            chunkStart += chunkMinutes * 60
        }
        return nil
    }

    /// `start` when open, else the first opening after it.
    func nextOpening(after start: Date) -> Date? {
        if isOpen(at: start) { return start }
        guard let end = add(1, to: start) else { return nil }
        return end.addingTimeInterval(-1)
    }

    private static func minute(containing second: Int) -> Int {
        Int((Double(second) / 60).rounded(.down)) * 60
    }
}
