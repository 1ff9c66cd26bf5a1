/// Working seconds per local day on the wall clock (week plus holidays, ignoring DST), with
/// cumulative sums that skip any number of days without visiting them.
///
/// On a day without an offset transition the nominal seconds are exactly the business seconds;
/// `BusinessCalendar` corrects only the days that contain a transition.
struct NominalSchedule: Sendable {
    let week: WeekSchedule
    let holidays: HolidayIndex

    /// Merged seconds-of-day working ranges on a local day: the holiday's, else the weekday's.
    func wallClockRanges(onDay day: Int) -> [Range<Int>] {
        holidays.ranges(onDay: day) ?? week.ranges[WeekSchedule.weekdayIndex(ofDay: day)]
    }

    /// Nominal working seconds on a local day.
    func seconds(onDay day: Int) -> Int {
        cumulative(before: day + 1) - cumulative(before: day)
    }

    /// Nominal working seconds of all days before `day` (from a fixed origin).
    func cumulative(before day: Int) -> Int {
        week.cumulative(before: day) + holidays.deltaPrefix[holidays.count(before: day)]
    }

    /// Whether any day on or after `day` has working time.
    func hasWorkingTime(onOrAfter day: Int) -> Bool {
        if week.weeklyTotal > 0 { return true }
        let first = holidays.count(before: day)
        return holidays.ranges[first...].contains { !$0.isEmpty }
    }

    /// The first day `d >= from` by whose end `seconds` (at least 1) nominal seconds have passed
    /// since `from` began, and how many of them fall on `d`; `nil` unless `d < limit`.
    ///
    /// Binary search over the holidays finds the stretch between two holidays that holds the
    /// answer, then whole weeks are skipped arithmetically: O(log holidays).
    func day(reaching seconds: Int, from: Int, before limit: Int) -> (day: Int, secondsIntoDay: Int)? {
        let target = cumulative(before: from) + seconds
        var low = holidays.count(before: from)
        var high = holidays.count
        while low < high {
            let middle = (low + high) / 2
            let reached = week.cumulative(before: holidays.days[middle] + 1) + holidays.deltaPrefix[middle + 1]
            if reached >= target { high = middle } else { low = middle + 1 }
        }
        // Between the holidays before `low` and holiday `low`, only the week counts.
        let boundary: Int
        let weekly = week.firstDayBoundary(reaching: target - holidays.deltaPrefix[low])
        if let weekly, low == holidays.count || weekly <= holidays.days[low] {
            boundary = weekly
        } else if low < holidays.count {
            boundary = holidays.days[low] + 1
        } else {
            return nil
        }
        let day = boundary - 1
        guard day < limit else { return nil }
        return (day, target - cumulative(before: day))
    }
}
