import BusinessTime
import Foundation
import Testing

/// Europe/London 2026: clocks go 01:00 GMT -> 02:00 BST on 29 March (01:00 UTC) and
/// 02:00 BST -> 01:00 GMT on 25 October (01:00 UTC), so 01:00-02:00 is skipped, then repeated.
@Suite("DST in Europe/London")
struct LondonDaylightSavingTests {
    static let spring = "2026-03-29"
    static let autumn = "2026-10-25"
    static let zone = "Europe/London"

    static let cases: [TransitionDayCase] = [
        .init(zone: zone, sunday: spring, hours: ["00:00-24:00"], expectedSeconds: .hours(23)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-24:00"], expectedSeconds: .hours(25)),
        .init(zone: zone, sunday: spring, hours: ["00:00-03:00"], expectedSeconds: .hours(2)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-03:00"], expectedSeconds: .hours(4)),
        // A start in the skipped hour maps to the transition; in the repeated hour, to its first occurrence.
        .init(zone: zone, sunday: spring, hours: ["01:30-03:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: autumn, hours: ["01:30-03:00"], expectedSeconds: .hours(2.5)),
        // An end in the skipped hour maps to the transition; in the repeated hour, to its second occurrence.
        .init(zone: zone, sunday: spring, hours: ["00:00-01:30"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-01:30"], expectedSeconds: .hours(2.5)),
        .init(zone: zone, sunday: spring, hours: ["01:15-01:45"], expectedSeconds: 0),
        .init(zone: zone, sunday: autumn, hours: ["01:15-01:45"], expectedSeconds: .hours(1.5)),
        // 01:00 opens the repeated hour: the clock never reads earlier than 01:00 after it first does.
        .init(zone: zone, sunday: autumn, hours: ["00:00-01:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: spring, hours: ["02:00-03:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: autumn, hours: ["02:00-03:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: spring, hours: ["09:00-17:00"], expectedSeconds: .hours(8)),
        .init(zone: zone, sunday: autumn, hours: ["09:00-17:00"], expectedSeconds: .hours(8)),
    ]

    @Test("Business seconds on transition Sundays", arguments: cases)
    func transitionDay(_ example: TransitionDayCase) throws {
        #expect(try example.measuredSeconds() == example.expectedSeconds)
        #expect(try example.addAgrees())
    }

    @Test("Adding across the skipped hour")
    func addAcrossSpringForward() throws {
        let calendar = try Fixtures.calendar(Self.zone, days: [.sun], hours: ["00:00-03:00"])
        let start = try Fixtures.utc("2026-03-29 00:30")
        #expect(try calendar.add(3_600, to: start) == Fixtures.utc("2026-03-29 01:30"))
        #expect(try calendar.add(5_400, to: start) == Fixtures.utc("2026-03-29 02:00"))
        // Next Sunday 00:00 BST is 23:00Z on Saturday.
        #expect(try calendar.add(5_401, to: start) == Fixtures.utc("2026-04-04 23:00:01"))
    }

    @Test("A deadline inside the repeated hour lands on the first pass, then the second")
    func dueInRepeatedHour() throws {
        let calendar = try Fixtures.allWeek(Self.zone)
        let midnight = try Fixtures.utc("2026-10-24 23:00")
        #expect(try calendar.add(90 * 60, to: midnight) == Fixtures.utc("2026-10-25 00:30"))
        #expect(try calendar.add(150 * 60, to: midnight) == Fixtures.utc("2026-10-25 01:30"))
    }

    @Test("Nothing is open inside the skipped hour")
    func skippedHourIsClosed() throws {
        let calendar = try Fixtures.calendar(Self.zone, days: [.sun], hours: ["01:15-01:45", "09:00-10:00"])
        #expect(calendar.isOpen(at: try Fixtures.utc("2026-03-29 01:00")) == false)
        #expect(calendar.nextOpening(after: try Fixtures.utc("2026-03-29 00:30")) == (try Fixtures.utc("2026-03-29 08:00")))
    }
}
