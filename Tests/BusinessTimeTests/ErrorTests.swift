import BusinessTime
import Foundation
import Testing

@Suite("Failures")
struct ErrorTests {
    @Test("An unknown time zone is rejected", arguments: ["Mars/Olympus_Mons", "", "Europe/Londn"])
    func unknownTimeZone(identifier: String) throws {
        let definition = try Fixtures.definition(identifier, hours: ["09:00-17:00"])
        #expect(throws: BusinessTimeError.unknownTimeZone(identifier)) { try BusinessCalendar(definition) }
    }

    @Test("A calendar with no working time cannot reach a deadline", arguments: ["UTC", "Europe/London"])
    func noWorkingTime(zone: String) throws {
        let calendar = try BusinessCalendar(CalendarDefinition(id: "never", name: "never", timeZoneIdentifier: zone, week: [:]))
        let instant = try Fixtures.utc("2026-01-05 10:00")
        #expect(throws: BusinessTimeError.noWorkingTime(calendarID: "never")) { try calendar.add(60, to: instant) }
        #expect(throws: BusinessTimeError.noWorkingTime(calendarID: "never")) { try calendar.add(0, to: instant) }
        #expect(calendar.nextOpening(after: instant) == nil)
        #expect(calendar.elapsed(from: instant, to: instant.addingTimeInterval(1e8)) == 0)
    }

    @Test("A calendar open only on holidays runs out after the last one")
    func holidaysOnly() throws {
        let definition = CalendarDefinition(id: "events", name: "events", timeZoneIdentifier: "Europe/London", week: [:], holidays: [
            try Fixtures.holiday("2026-07-01", ["10:00-11:00"]),
            try Fixtures.holiday("2026-09-01", ["10:00-11:00"]),
        ])
        let calendar = try BusinessCalendar(definition)
        let start = try Fixtures.utc("2026-01-01 00:00")
        #expect(try calendar.add(5_400, to: start) == Fixtures.utc("2026-09-01 09:30"))
        #expect(throws: BusinessTimeError.noWorkingTime(calendarID: "events")) { try calendar.add(7_201, to: start) }
    }

    @Test("Negative durations and results beyond year 9999 are rejected")
    func outOfRange() throws {
        let calendar = try Fixtures.calendar("UTC", hours: ["09:00-17:00"])
        let instant = try Fixtures.utc("2026-01-05 10:00")
        #expect(throws: BusinessTimeError.negativeDuration(-1)) { try calendar.add(-1, to: instant) }
        #expect(throws: BusinessTimeError.outOfSupportedRange) { try calendar.add(Int.max, to: instant) }
        #expect(throws: BusinessTimeError.outOfSupportedRange) { try calendar.add(1, to: Date.distantFuture.addingTimeInterval(1e12)) }
    }

    @Test("Errors describe themselves without internals")
    func descriptions() {
        #expect(BusinessTimeError.unknownTimeZone("X/Y").description.contains("X/Y"))
        #expect(BusinessTimeError.negativeDuration(-5).description.contains("-5"))
    }

    @Test("Extreme and non-finite instants are clamped, never trapping")
    func extremeInstants() throws {
        let calendar = try Fixtures.calendar("Europe/London", hours: ["09:00-17:00"])
        let span = calendar.elapsed(from: .distantPast, to: .distantFuture)
        #expect(span > 0)
        let first = try calendar.add(1, to: .distantPast)
        #expect(calendar.elapsed(from: .distantPast, to: first) == 1)
        let notANumber = Date(timeIntervalSince1970: .nan)
        #expect(calendar.isOpen(at: notANumber) == false)
        #expect(calendar.nextOpening(after: notANumber) != nil)
    }
}
