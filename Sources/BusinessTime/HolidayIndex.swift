/// Holidays sorted by local day, with prefix sums of how much each changes the week's pattern.
struct HolidayIndex: Sendable {
    /// Local days (days since 1970-01-01), ascending.
    let days: [Int]
    /// Merged seconds-of-day ranges per holiday; empty when closed all day.
    let ranges: [[Range<Int>]]
    /// `deltaPrefix[i]` sums (holiday seconds - weekday seconds) over holidays `0 ..< i`.
    let deltaPrefix: [Int]

    init(_ holidays: [Holiday], week: WeekSchedule) throws(BusinessTimeError) {
        let sorted = holidays.sorted { $0.date < $1.date }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.date == later.date {
            throw .duplicateHoliday(later.date)
        }
        days = sorted.map(\.date.daysSinceEpoch)
        ranges = sorted.map { ($0.hours ?? []).mergedSecondsOfDay() }
        var sums = [0]
        for (day, hours) in zip(days, ranges) {
            let delta = hours.totalLength - week.seconds(onWeekday: WeekSchedule.weekdayIndex(ofDay: day))
            sums.append(sums[sums.count - 1] + delta)
        }
        deltaPrefix = sums
    }

    var count: Int { days.count }

    /// How many holidays fall before `day` (the index of the first on or after it).
    func count(before day: Int) -> Int {
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The holiday's working ranges on `day`, or `nil` when `day` is not a holiday.
    func ranges(onDay day: Int) -> [Range<Int>]? {
        let index = count(before: day)
        guard index < days.count, days[index] == day else { return nil }
        return ranges[index]
    }
}
