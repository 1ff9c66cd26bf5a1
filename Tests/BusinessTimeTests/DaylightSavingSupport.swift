import BusinessTime
import Foundation
import Testing

/// One transition Sunday: working hours on that Sunday only, and the business seconds they hold.
struct TransitionDayCase: CustomTestStringConvertible {
    let zone: String
    /// The Sunday of the transition, `YYYY-MM-DD`.
    let sunday: String
    let hours: [String]
    let expectedSeconds: Int

    var testDescription: String { "\(zone) \(sunday) \(hours) = \(expectedSeconds)s" }

    /// Measures the whole weekend, so that only the transition Sunday can contribute.
    func measuredSeconds() throws -> Int {
        let calendar = try Fixtures.calendar(zone, days: [.sun], hours: hours)
        let saturdayNoon = try Fixtures.utc("\(sunday) 12:00").addingTimeInterval(-86_400)
        let mondayNoon = saturdayNoon.addingTimeInterval(2 * 86_400)
        return calendar.elapsed(from: saturdayNoon, to: mondayNoon)
    }

    /// `add` must use up exactly the day's seconds by the day's last business instant.
    func addAgrees() throws -> Bool {
        guard expectedSeconds > 0 else { return true }
        let calendar = try Fixtures.calendar(zone, days: [.sun], hours: hours)
        let saturdayNoon = try Fixtures.utc("\(sunday) 12:00").addingTimeInterval(-86_400)
        let due = try calendar.add(expectedSeconds, to: saturdayNoon)
        let dueNextWeek = try calendar.add(expectedSeconds + 1, to: saturdayNoon)
        return due < saturdayNoon.addingTimeInterval(2 * 86_400) && dueNextWeek > saturdayNoon.addingTimeInterval(6 * 86_400)
    }
}

extension Int {
    static func hours(_ hours: Double) -> Int { Int(hours * 3_600) }
}
