import BusinessTime
import Foundation
import Testing

@Suite("add(_:to:) on plain office calendars")
struct AddTests {
    /// 2026-01-05 is a Monday; UTC has no DST, so these isolate the counting rules.
    static let officeCases: [(start: String, seconds: Int, due: String)] = [
        ("2026-01-05 10:00", 3_600, "2026-01-05 11:00"),
        ("2026-01-05 16:00", 3_600, "2026-01-05 17:00"),
        ("2026-01-05 16:30", 3_600, "2026-01-06 09:30"),
        ("2026-01-05 07:00", 3_600, "2026-01-05 10:00"),
        ("2026-01-05 18:00", 60, "2026-01-06 09:01"),
        ("2026-01-05 17:00", 1, "2026-01-06 09:00:01"),
        ("2026-01-09 16:00", 7_200, "2026-01-12 10:00"),
        ("2026-01-10 12:00", 1, "2026-01-12 09:00:01"),
        ("2026-01-05 09:00", 8 * 3_600, "2026-01-05 17:00"),
        ("2026-01-05 09:00", 8 * 3_600 + 1, "2026-01-06 09:00:01"),
        ("2026-01-05 09:00", 5 * 8 * 3_600, "2026-01-09 17:00"),
        ("2026-01-07 12:00", 10 * 8 * 3_600, "2026-01-21 12:00"),
    ]

    @Test("Mon-Fri 09:00-17:00 UTC", arguments: officeCases)
    func office(start: String, seconds: Int, due: String) throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-17:00"])
        #expect(try calendar.add(seconds, to: Fixtures.utc(start)) == Fixtures.utc(due))
    }

    static let lunchCases: [(start: String, seconds: Int, due: String)] = [
        ("2026-01-05 11:00", 3_600, "2026-01-05 12:00"),
        ("2026-01-05 11:00", 3_601, "2026-01-05 13:00:01"),
        ("2026-01-05 12:30", 60, "2026-01-05 13:01"),
        ("2026-01-05 11:30", 4 * 3_600, "2026-01-05 16:30"),
        ("2026-01-05 16:00", 4 * 3_600, "2026-01-06 12:00"),
    ]

    @Test("Lunch break 09:00-12:00 and 13:00-17:00", arguments: lunchCases)
    func lunchBreak(start: String, seconds: Int, due: String) throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-12:00", "13:00-17:00"])
        #expect(try calendar.add(seconds, to: Fixtures.utc(start)) == Fixtures.utc(due))
    }

    static let zeroCases: [(start: String, result: String)] = [
        ("2026-01-05 10:00", "2026-01-05 10:00"),
        ("2026-01-05 09:00", "2026-01-05 09:00"),
        ("2026-01-05 17:00", "2026-01-06 09:00"),
        ("2026-01-05 08:59:59", "2026-01-05 09:00"),
        ("2026-01-10 12:00", "2026-01-12 09:00"),
    ]

    @Test("Adding zero returns the instant when open, else the next opening", arguments: zeroCases)
    func zero(start: String, result: String) throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-17:00"])
        #expect(try calendar.add(0, to: Fixtures.utc(start)) == Fixtures.utc(result))
    }

    @Test("Overlapping and touching intervals count once")
    func overlappingIntervals() throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-12:00", "11:00-13:00", "13:00-14:00"])
        let monday = try Fixtures.utc("2026-01-05 00:00")
        #expect(calendar.elapsed(from: monday, to: monday.addingTimeInterval(86_400)) == 5 * 3_600)
        #expect(try calendar.add(5 * 3_600, to: monday) == Fixtures.utc("2026-01-05 14:00"))
    }

    @Test("Open around the clock, business time is real time", arguments: [1, 59, 3_600, 86_400, 7 * 86_400 + 17])
    func aroundTheClock(seconds: Int) throws {
        let calendar = try Fixtures.allWeek("Europe/London")
        let start = try Fixtures.utc("2026-03-28 22:13:07")
        #expect(try calendar.add(seconds, to: start) == start.addingTimeInterval(Double(seconds)))
    }

    @Test("A target used up at a closing time is due at that closing time, not the next opening")
    func dueAtClosingTime() throws {
        let calendar = try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"])
        let friday = try Fixtures.utc("2026-06-05 15:00")
        let due = try calendar.add(3_600, to: friday)
        #expect(due == (try Fixtures.utc("2026-06-05 16:00")))
        #expect(calendar.isOpen(at: due) == false)
    }
}
