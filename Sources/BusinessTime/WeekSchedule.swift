/// The weekly working pattern as wall-clock seconds, with arithmetic over whole weeks.
///
/// Weekdays are indexed from Monday (0) to Sunday (6); local day 0 (1970-01-01) was a Thursday.
struct WeekSchedule: Sendable {
    /// Merged seconds-of-day ranges per weekday index.
    let ranges: [[Range<Int>]]
    /// `prefix[k]` is the working seconds of weekdays `0 ..< k`; `prefix[7]` is the weekly total.
    let prefix: [Int]

    init(_ definition: CalendarDefinition) {
        let order: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat, .sun]
        ranges = order.map { definition.intervals(on: $0).mergedSecondsOfDay() }
        var sums = [0]
        for day in ranges { sums.append(sums[sums.count - 1] + day.totalLength) }
        prefix = sums
    }

    var weeklyTotal: Int { prefix[7] }

    static func weekdayIndex(ofDay day: Int) -> Int { (day + 3).floorModulo(7) }

    /// Wall-clock working seconds on a weekday, ignoring holidays and DST.
    func seconds(onWeekday index: Int) -> Int { prefix[index + 1] - prefix[index] }

    /// Working seconds of all local days before `day`, counted from the Monday 1969-12-29.
    func cumulative(before day: Int) -> Int {
        let shifted = day + 3
        return shifted.floorDivided(by: 7) * weeklyTotal + prefix[shifted.floorModulo(7)]
    }

    /// The smallest `day` with `cumulative(before: day) >= target`, or `nil` for an empty week.
    func firstDayBoundary(reaching target: Int) -> Int? {
        guard weeklyTotal > 0 else { return nil }
        let week = (target - 1).floorDivided(by: weeklyTotal)
        let withinWeek = target - week * weeklyTotal
        var index = 1
        while prefix[index] < withinWeek { index += 1 }
        return week * 7 + index - 3
    }
}
