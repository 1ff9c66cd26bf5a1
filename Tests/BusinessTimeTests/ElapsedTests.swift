import BusinessTime
import Foundation
import Testing

@Suite("elapsed(from:to:)")
struct ElapsedTests {
    static let cases: [(from: String, to: String, seconds: Int)] = [
        ("2026-01-05 10:00", "2026-01-05 11:00", 3_600),
        ("2026-01-05 07:00", "2026-01-05 08:00", 0),
        ("2026-01-05 07:00", "2026-01-05 19:00", 8 * 3_600),
        ("2026-01-05 16:00", "2026-01-06 10:00", 2 * 3_600),
        ("2026-01-09 16:00", "2026-01-12 10:00", 2 * 3_600),
        ("2026-01-10 00:00", "2026-01-11 23:59", 0),
        ("2026-01-05 00:00", "2026-01-12 00:00", 40 * 3_600),
        ("2026-01-05 12:00", "2026-02-05 12:00", 23 * 8 * 3_600),
    ]

    @Test("Mon-Fri 09:00-17:00 UTC", arguments: cases)
    func office(from: String, to: String, seconds: Int) throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-17:00"])
        #expect(calendar.elapsed(from: try Fixtures.utc(from), to: try Fixtures.utc(to)) == seconds)
    }

    @Test("Reversed or equal instants give zero")
    func reversed() throws {
        let calendar = try Fixtures.allWeek("UTC")
        let instant = try Fixtures.utc("2026-01-05 10:00")
        #expect(calendar.elapsed(from: instant, to: instant) == 0)
        #expect(calendar.elapsed(from: instant, to: instant.addingTimeInterval(-3_600)) == 0)
    }

    @Test("Elapsed is additive over any split point", arguments: [0.0, 1, 3_599, 50_000, 200_000, 604_799])
    func additive(split: Double) throws {
        let calendar = try Fixtures.calendar("America/New_York", hours: ["08:00-12:00", "13:00-18:00"])
        let start = try Fixtures.utc("2026-10-30 14:00")
        let middle = start.addingTimeInterval(split)
        let end = start.addingTimeInterval(604_800)
        #expect(calendar.elapsed(from: start, to: middle) + calendar.elapsed(from: middle, to: end) == calendar.elapsed(from: start, to: end))
    }
}
