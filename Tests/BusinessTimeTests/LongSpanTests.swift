import BusinessTime
import Foundation
import Testing

@Suite("Long spans")
struct LongSpanTests {
    static let zones = ["Europe/London", "America/New_York", "Australia/Sydney"]

    @Test("Open around the clock, a year of business time is a year of real time", arguments: zones)
    func yearAroundTheClock(zone: String) throws {
        let calendar = try Fixtures.allWeek(zone)
        let start = try Fixtures.utc("2026-01-01 00:00")
        let end = try Fixtures.utc("2027-01-01 00:00")
        #expect(calendar.elapsed(from: start, to: end) == 365 * 86_400)
        #expect(try calendar.add(365 * 86_400, to: start) == end)
    }

    @Test("Office hours over 2026 with eight bank holidays")
    func ukYear() throws {
        let bankHolidays = try ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]
            .map { try Fixtures.holiday($0) }
        let calendar = try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"], holidays: bankHolidays)
        let start = try Fixtures.utc("2026-01-01 00:00")
        let end = try Fixtures.utc("2027-01-01 00:00")
        // 2026 has 261 weekdays.
        let total = (261 - 8) * 8 * 3_600
        #expect(calendar.elapsed(from: start, to: end) == total)
        // The last business second of 2026 ends at 17:00 GMT on Thursday 31 December.
        #expect(try calendar.add(total, to: start) == Fixtures.utc("2026-12-31 17:00"))
    }

    @Test("Five years of Sundays in New York: every DST day cancels out", arguments: [0, 1])
    func fiveYearsOfSundays(offsetYears: Int) throws {
        let calendar = try Fixtures.calendar("America/New_York", days: [.sun], hours: ["00:00-24:00"])
        let start = try Fixtures.utc("202\(4 + offsetYears)-01-01 12:00")
        let end = start.addingTimeInterval(Double(5 * 365 * 86_400))
        var sundays = 0
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(identifier: "America/New_York"))
        gregorian.enumerateDates(startingAfter: start, matching: DateComponents(weekday: 1), matchingPolicy: .nextTime) { date, _, stop in
            guard let date, date < end else { stop = true; return }
            sundays += 1
        }
        #expect(calendar.elapsed(from: start, to: end) == sundays * 86_400)
    }

    @Test("Long spans agree with the naive reference", arguments: [
        ("Europe/London", 30), ("America/New_York", 30), ("Australia/Sydney", 30),
        ("Europe/London", 365), ("America/New_York", 365), ("Australia/Sydney", 365),
    ])
    func againstReference(zone: String, days: Int) throws {
        let definition = try Fixtures.definition(zone, days: [.mon, .tue, .wed, .thu, .sun], hours: ["00:30-02:30", "08:00-12:00", "13:00-17:30"], holidays: [
            Fixtures.holiday("2026-04-03"), Fixtures.holiday("2026-10-04", ["02:00-04:00"]), Fixtures.holiday("2026-11-01", ["01:00-03:00"]),
        ])
        let calendar = try BusinessCalendar(definition)
        let naive = try #require(NaiveBusinessClock(definition))
        let start = try Fixtures.utc("2026-03-01 06:07:08")
        let end = start.addingTimeInterval(Double(days * 86_400))
        let total = calendar.elapsed(from: start, to: end)
        #expect(total == naive.elapsed(from: start, to: end))
        let due = try calendar.add(total, to: start)
        #expect(due == naive.add(total, to: start))
        #expect(calendar.elapsed(from: start, to: due) == total)
    }

    @Test("Multi-year round trips", arguments: [1, 3, 10, 40])
    func multiYear(years: Int) throws {
        let calendar = try Fixtures.calendar("Australia/Sydney", hours: ["08:30-12:00", "13:00-17:00"], holidays: [Fixtures.holiday("2027-01-26")])
        let start = try Fixtures.utc("2026-02-14 03:21:00.5")
        let end = start.addingTimeInterval(Double(years) * 365.25 * 86_400)
        let total = calendar.elapsed(from: start, to: end)
        let due = try calendar.add(total, to: start)
        #expect(calendar.elapsed(from: start, to: due) == total)
        #expect(due <= end)
        #expect(calendar.elapsed(from: due, to: end) == 0)
    }
}
