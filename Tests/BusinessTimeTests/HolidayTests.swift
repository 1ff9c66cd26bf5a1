import BusinessTime
import Foundation
import Testing

@Suite("Holidays")
struct HolidayTests {
    /// Christmas 2026 in London: Thursday 24th a half day, Friday 25th closed.
    static func christmas() throws -> BusinessCalendar {
        try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"], holidays: [
            Fixtures.holiday("2026-12-25"),
            Fixtures.holiday("2026-12-24", ["09:00-12:00"]),
            Fixtures.holiday("2026-12-28"),
        ])
    }

    static let addCases: [(start: String, seconds: Int, due: String)] = [
        ("2026-12-24 10:00", 3_600, "2026-12-24 11:00"),
        ("2026-12-24 11:00", 3_600, "2026-12-24 12:00"),
        ("2026-12-24 11:00", 3_601, "2026-12-29 09:00:01"),
        ("2026-12-24 13:00", 60, "2026-12-29 09:01"),
        ("2026-12-23 16:00", 4 * 3_600, "2026-12-24 12:00"),
        ("2026-12-23 16:00", 4 * 3_600 + 1, "2026-12-29 09:00:01"),
        ("2026-12-25 10:00", 0, "2026-12-29 09:00"),
    ]

    @Test("Adding across a half day and closed holidays", arguments: addCases)
    func add(start: String, seconds: Int, due: String) throws {
        #expect(try Self.christmas().add(seconds, to: Fixtures.utc(start)) == Fixtures.utc(due))
    }

    static let elapsedCases: [(from: String, to: String, seconds: Int)] = [
        ("2026-12-21 00:00", "2026-12-26 00:00", 3 * 8 * 3_600 + 3 * 3_600),
        ("2026-12-24 08:00", "2026-12-24 18:00", 3 * 3_600),
        ("2026-12-25 00:00", "2026-12-29 00:00", 0),
        ("2026-12-01 00:00", "2027-01-01 00:00", 20 * 8 * 3_600 + 3 * 3_600),
    ]

    @Test("Elapsed across holidays", arguments: elapsedCases)
    func elapsed(from: String, to: String, seconds: Int) throws {
        #expect(try Self.christmas().elapsed(from: Fixtures.utc(from), to: Fixtures.utc(to)) == seconds)
    }

    @Test("A holiday's hours can open a closed weekday")
    func holidayOpensWeekend() throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-17:00"], holidays: [Fixtures.holiday("2026-01-10", ["10:00-11:00"])])
        #expect(try calendar.add(1_800, to: Fixtures.utc("2026-01-09 17:00")) == Fixtures.utc("2026-01-10 10:30"))
        #expect(calendar.isOpen(at: try Fixtures.utc("2026-01-10 10:15")))
    }

    @Test("Holiday hours on a DST day follow the wall clock")
    func holidayOnTransitionDay() throws {
        let calendar = try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"], holidays: [Fixtures.holiday("2026-03-29", ["00:00-03:00"])])
        let saturday = try Fixtures.utc("2026-03-28 12:00")
        #expect(calendar.elapsed(from: saturday, to: saturday.addingTimeInterval(86_400)) == 2 * 3_600)
    }

    @Test("Holidays may be listed in any order")
    func unsortedHolidays() throws {
        let shuffled = try Fixtures.calendar("UTC", hours: ["09:00-17:00"], holidays: [
            Fixtures.holiday("2026-03-06"), Fixtures.holiday("2026-01-06"), Fixtures.holiday("2026-02-06", ["09:00-10:00"]),
        ])
        let from = try Fixtures.utc("2026-01-01 00:00")
        let to = try Fixtures.utc("2026-04-01 00:00")
        // Q1 2026 has 64 weekdays; two closed holidays and one of a single hour.
        #expect(shuffled.elapsed(from: from, to: to) == 61 * 8 * 3_600 + 3_600)
    }

    @Test("Two holidays on one date are rejected")
    func duplicateHoliday() throws {
        let definition = try Fixtures.definition("UTC", hours: ["09:00-17:00"], holidays: [
            Fixtures.holiday("2026-12-25"), Fixtures.holiday("2026-12-25", ["09:00-10:00"]),
        ])
        #expect(throws: BusinessTimeError.duplicateHoliday(try Fixtures.date("2026-12-25"))) {
            try BusinessCalendar(definition)
        }
    }

    @Test("Hundreds of holidays agree with the naive reference over a year", arguments: ["Europe/London", "Australia/Sydney"])
    func manyHolidays(zone: String) throws {
        var random = SplitMix64(seed: 2_026)
        var dates = Set<LocalDate>()
        while dates.count < 120 {
            let day = Int.random(in: 1 ... 28, using: &random)
            let month = Int.random(in: 1 ... 12, using: &random)
            if let date = LocalDate(year: 2026, month: month, day: day) { dates.insert(date) }
        }
        let holidays = try dates.map { date in
            Holiday(date: date, name: "h", hours: Bool.random(using: &random) ? nil : try Fixtures.intervals(["10:00-12:30"]))
        }
        let definition = try Fixtures.definition(zone, days: [.mon, .tue, .wed, .thu, .fri, .sun], hours: ["01:00-04:00", "09:00-17:00"], holidays: holidays)
        let calendar = try BusinessCalendar(definition)
        let naive = try #require(NaiveBusinessClock(definition))
        let start = try Fixtures.utc("2025-12-31 07:45:30")
        let end = try Fixtures.utc("2027-01-01 00:00")
        let total = calendar.elapsed(from: start, to: end)
        #expect(total == naive.elapsed(from: start, to: end))
        for fraction in [0.1, 0.5, 0.9] {
            let seconds = Int(Double(total) * fraction)
            #expect(try calendar.add(seconds, to: start) == naive.add(seconds, to: start))
        }
    }
}
