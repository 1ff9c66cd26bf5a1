import BusinessTime
import Foundation
import Testing

@Suite("isOpen(at:) and nextOpening(after:)")
struct OpeningTests {
    static let openCases: [(instant: String, open: Bool)] = [
        ("2026-01-05 08:59:59", false),
        ("2026-01-05 09:00", true),
        ("2026-01-05 11:59:59", true),
        ("2026-01-05 12:00", false),
        ("2026-01-05 13:00", true),
        ("2026-01-05 17:00", false),
        ("2026-01-10 10:00", false),
    ]

    @Test("Intervals include their start and exclude their end", arguments: openCases)
    func isOpen(instant: String, open: Bool) throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-12:00", "13:00-17:00"])
        #expect(calendar.isOpen(at: try Fixtures.utc(instant)) == open)
    }

    static let openingCases: [(instant: String, opening: String)] = [
        ("2026-01-05 10:30", "2026-01-05 10:30"),
        ("2026-01-05 12:00", "2026-01-05 13:00"),
        ("2026-01-05 17:00", "2026-01-06 09:00"),
        ("2026-01-09 18:00", "2026-01-12 09:00"),
    ]

    @Test("nextOpening returns the instant itself when open", arguments: openingCases)
    func nextOpening(instant: String, opening: String) throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-12:00", "13:00-17:00"])
        #expect(calendar.nextOpening(after: try Fixtures.utc(instant)) == (try Fixtures.utc(opening)))
    }

    @Test("nextOpening skips a long run of closed holidays")
    func skipsHolidays() throws {
        let holidays = try (5 ... 16).map { try Fixtures.holiday(String(format: "2026-01-%02d", $0)) }
        let calendar = try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"], holidays: holidays)
        #expect(calendar.nextOpening(after: try Fixtures.utc("2026-01-02 17:00")) == (try Fixtures.utc("2026-01-19 09:00")))
    }
}
