import BusinessTime
import Foundation
import Testing

@Suite("Effective-dated calendar versions")
struct CalendarVersionsTests {
    static func versions() throws -> CalendarVersions {
        let early = try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"])
        let late = try Fixtures.calendar("Europe/London", hours: ["08:00-18:00"])
        let christmas = try Fixtures.calendar("Europe/London", hours: ["08:00-18:00"], holidays: [Fixtures.holiday("2026-12-25")])
        // Deliberately out of order.
        return try CalendarVersions([
            CalendarVersion(effectiveFrom: Fixtures.utc("2026-12-01 00:00"), calendar: christmas),
            CalendarVersion(effectiveFrom: Fixtures.utc("2026-01-01 00:00"), calendar: early),
            CalendarVersion(effectiveFrom: Fixtures.utc("2026-06-01 00:00"), calendar: late),
        ])
    }

    static let cases: [(started: String, hours: String?)] = [
        ("2025-12-31 23:59:59", nil),
        ("2026-01-01 00:00", "09:00-17:00"),
        ("2026-05-31 23:59:59", "09:00-17:00"),
        ("2026-06-01 00:00", "08:00-18:00"),
        ("2027-03-01 00:00", "08:00-18:00"),
    ]

    @Test("The version in force when the clock started", arguments: cases)
    func versionInForce(started: String, hours: String?) throws {
        let version = try Self.versions().version(forClockStartedAt: Fixtures.utc(started))
        #expect(version?.calendar.definition.intervals(on: .mon).first?.description == hours)
    }

    @Test("A running clock keeps its version after a new one takes effect")
    func runningClockKeepsVersion() throws {
        let versions = try Self.versions()
        let started = try Fixtures.utc("2026-05-29 15:00")
        let calendar = try #require(versions.version(forClockStartedAt: started)?.calendar)
        // Friday 16:00 BST + 2h under 09:00-17:00 is Monday 10:00 BST, although 08:00-18:00 applies from 1 June.
        #expect(try calendar.add(7_200, to: started) == Fixtures.utc("2026-06-01 09:00"))
    }

    @Test("The latest version with the holiday applies to clocks started in December")
    func holidayVersion() throws {
        let calendar = try #require(try Self.versions().version(forClockStartedAt: Fixtures.utc("2026-12-24 17:00"))?.calendar)
        #expect(try calendar.add(60, to: Fixtures.utc("2026-12-24 18:00")) == Fixtures.utc("2026-12-28 08:01"))
    }

    @Test("Two versions at one instant are rejected; no versions answer nil")
    func invalid() throws {
        let calendar = try Fixtures.allWeek("UTC")
        let instant = try Fixtures.utc("2026-01-01 00:00")
        #expect(throws: BusinessTimeError.duplicateEffectiveDate(instant)) {
            try CalendarVersions([CalendarVersion(effectiveFrom: instant, calendar: calendar), CalendarVersion(effectiveFrom: instant, calendar: calendar)])
        }
        #expect(try CalendarVersions([]).version(forClockStartedAt: instant) == nil)
    }
}
