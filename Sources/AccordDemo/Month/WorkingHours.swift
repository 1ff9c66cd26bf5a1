import Foundation

/// Simple working hours for generating arrivals and durations: either round the clock or weekdays
/// between two hours in one time zone. (The hub itself uses the real calendars of `Config/`; this
/// only shapes the synthetic data, so holidays are not modelled.)
public struct WorkingHours: Sendable {
    let calendar: Calendar
    /// `nil`: round the clock.
    let hours: ClosedRange<Int>?

    /// Monday to Friday, 08:00–18:00 Europe/London (the sample `uk-office` calendar without holidays).
    public static let ukOffice = WorkingHours(timeZone: "Europe/London", hours: 8...18)
    /// 24×7.
    public static let always = WorkingHours(timeZone: "UTC", hours: nil)

    init(timeZone: String, hours: ClosedRange<Int>?) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        self.calendar = calendar
        self.hours = hours
    }

    /// Whether `date` falls in working hours.
    public func isOpen(_ date: Date) -> Bool {
        guard let hours else { return true }
        let weekday = calendar.component(.weekday, from: date)  // 1 = Sunday
        let hour = calendar.component(.hour, from: date)
        return (2...6).contains(weekday) && hour >= hours.lowerBound && hour < hours.upperBound
    }

    /// The instant `minutes` working minutes after `start` (from the next opening if `start` is closed).
    public func advance(_ start: Date, minutes: Int) -> Date {
        guard let hours else { return start.addingTimeInterval(TimeInterval(minutes * 60)) }
        var instant = start
        var remaining = TimeInterval(minutes * 60)
        while true {
            if !isOpen(instant) { instant = nextOpening(after: instant, hours: hours) }
            let close = calendar.date(bySettingHour: hours.upperBound, minute: 0, second: 0, of: instant) ?? instant
            let available = close.timeIntervalSince(instant)
            if remaining <= available { return instant.addingTimeInterval(remaining) }
            remaining -= available
            instant = close
        }
    }

    private func nextOpening(after instant: Date, hours: ClosedRange<Int>) -> Date {
        var day = calendar.startOfDay(for: instant)
        if calendar.component(.hour, from: instant) >= hours.lowerBound { day = calendar.date(byAdding: .day, value: 1, to: day) ?? day }
        while true {
            let opening = calendar.date(bySettingHour: hours.lowerBound, minute: 0, second: 0, of: day) ?? day
            if opening >= instant, isOpen(opening) { return opening }
            day = calendar.date(byAdding: .day, value: 1, to: day) ?? day
        }
    }

    /// The instant of `day` (a midnight in this time zone) at `minuteOfDay`.
    func instant(day: Date, minuteOfDay: Int) -> Date {
        calendar.date(bySettingHour: minuteOfDay / 60, minute: minuteOfDay % 60, second: 0, of: day) ?? day
    }
}
