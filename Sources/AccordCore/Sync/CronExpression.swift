import Foundation

/// A five-field cron expression (`minute hour day-of-month month day-of-week`) with `*`, lists,
/// ranges and steps (`*/15`, `1-5`, `0,30`). Day-of-week 0 and 7 are Sunday.
public struct CronExpression: Sendable, Hashable, CustomStringConvertible {
    public let description: String
    let minutes: Set<Int>
    let hours: Set<Int>
    let daysOfMonth: Set<Int>
    let months: Set<Int>
    let weekdays: Set<Int>
    let anyDayOfMonth: Bool
    let anyWeekday: Bool

    /// Parses `text`, or returns a reason it is not a cron expression.
    public static func parse(_ text: String) -> Result<CronExpression, SyncConfigurationProblem> {
        let fields = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count == 5 else {
            return .failure(SyncConfigurationProblem("a cron expression has 5 fields (minute hour day month weekday), found \(fields.count)"))
        }
        let ranges = [0...59, 0...23, 1...31, 1...12, 0...7]
        let names = ["minute", "hour", "day-of-month", "month", "day-of-week"]
        var sets: [Set<Int>] = []
        for (index, field) in fields.enumerated() {
            guard let set = parseField(field, ranges[index]) else {
                return .failure(SyncConfigurationProblem("cron \(names[index]) field '\(field)' is not valid for \(ranges[index].lowerBound)-\(ranges[index].upperBound)"))
            }
            sets.append(set)
        }
        var weekdays = sets[4]
        if weekdays.remove(7) != nil { weekdays.insert(0) }
        return .success(CronExpression(
            description: text, minutes: sets[0], hours: sets[1], daysOfMonth: sets[2], months: sets[3], weekdays: weekdays,
            anyDayOfMonth: fields[2] == "*", anyWeekday: fields[4] == "*"
        ))
    }

    private static func parseField(_ field: String, _ range: ClosedRange<Int>) -> Set<Int>? {
        var values: Set<Int> = []
        for part in field.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(pieces.count) else { return nil }
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else { return nil }
                step = parsed
            }
            var bounds = range
            if pieces[0] != "*" {
                let ends = pieces[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
                guard (1...2).contains(ends.count), let low = ends[0], let high = ends.last ?? nil, low <= high,
                      range.contains(low), range.contains(high) else { return nil }
                bounds = low...(pieces.count == 2 && ends.count == 1 ? range.upperBound : high)
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return values
    }

    /// The first matching minute strictly after `date`, in `zone`'s wall-clock time.
    ///
    /// Across daylight-saving changes it behaves like Vixie cron: a wall-clock time the clocks
    /// skip (spring forward) fires once at the change itself, and a wall-clock time they repeat
    /// (fall back) fires only the first time.
    public func next(after date: Date, in zone: TimeZone) -> Date? {
        guard let found = wallClockNext(after: date, in: zone) else { return nil }
        if let change = zone.nextDaylightSavingTimeTransition(after: date), change <= found, skippedTimeMatches(at: change, in: zone) {
            return change
        }
        return found
    }

    private func wallClockNext(after date: Date, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60 + 60)
        var candidate = start
        // Minute by minute within matching days; skips whole days that cannot match. Bounded to ~4 years.
        for _ in 0..<(4 * 366 * 24 * 60) {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: candidate)
            guard let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute, let weekday = parts.weekday else {
                return nil
            }
            if !months.contains(month) || !dayMatches(day: day, weekday: weekday - 1) {
                guard let nextDay = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: candidate)) else { return nil }
                candidate = nextDay
                continue
            }
            if !hours.contains(hour) {
                candidate = candidate.addingTimeInterval(Double(60 - minute) * 60)
                continue
            }
            if minutes.contains(minute), !isRepeatedWallTime(candidate, in: zone) { return candidate }
            candidate = candidate.addingTimeInterval(60)
        }
        return nil
    }

    /// Whether a wall-clock minute that the spring-forward change at `change` skipped matches.
    private func skippedTimeMatches(at change: Date, in zone: TimeZone) -> Bool {
        let before = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
        let after = zone.secondsFromGMT(for: change)
        guard after > before else { return false }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        // Wall-clock times as if they were UTC instants: the skipped ones run from the change's
        // wall time before the jump up to (not including) its wall time after it.
        let firstSkipped = change.addingTimeInterval(TimeInterval(before))
        for step in 0..<((after - before) / 60) {
            let parts = utc.dateComponents([.month, .day, .hour, .minute, .weekday], from: firstSkipped.addingTimeInterval(TimeInterval(step * 60)))
            guard let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute, let weekday = parts.weekday else { continue }
            if months.contains(month), dayMatches(day: day, weekday: weekday - 1), hours.contains(hour), minutes.contains(minute) { return true }
        }
        return false
    }

    /// Whether `instant` is the second occurrence of its wall-clock time (the hour a fall-back
    /// change repeats).
    private func isRepeatedWallTime(_ instant: Date, in zone: TimeZone) -> Bool {
        guard let change = zone.nextDaylightSavingTimeTransition(after: instant.addingTimeInterval(-3 * 3_600)), change <= instant else { return false }
        let repeated = zone.secondsFromGMT(for: change.addingTimeInterval(-1)) - zone.secondsFromGMT(for: change)
        return repeated > 0 && instant < change.addingTimeInterval(TimeInterval(repeated))
    }

    /// Cron's rule: when both day fields are restricted, either may match.
    private func dayMatches(day: Int, weekday: Int) -> Bool {
        switch (anyDayOfMonth, anyWeekday) {
        case (true, true): true
        case (true, false): weekdays.contains(weekday)
        case (false, true): daysOfMonth.contains(day)
        case (false, false): daysOfMonth.contains(day) || weekdays.contains(weekday)
        }
    }
}
