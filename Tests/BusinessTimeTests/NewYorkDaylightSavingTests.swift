import BusinessTime
import Foundation
import Testing

/// America/New_York 2026: 02:00 EST -> 03:00 EDT on 8 March (07:00 UTC) and
/// 02:00 EDT -> 01:00 EST on 1 November (06:00 UTC): 02:00-03:00 is skipped, 01:00-02:00 repeated.
@Suite("DST in America/New_York")
struct NewYorkDaylightSavingTests {
    static let spring = "2026-03-08"
    static let autumn = "2026-11-01"
    static let zone = "America/New_York"

    static let cases: [TransitionDayCase] = [
        .init(zone: zone, sunday: spring, hours: ["00:00-24:00"], expectedSeconds: .hours(23)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-24:00"], expectedSeconds: .hours(25)),
        .init(zone: zone, sunday: spring, hours: ["00:00-03:00"], expectedSeconds: .hours(2)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-03:00"], expectedSeconds: .hours(4)),
        .init(zone: zone, sunday: spring, hours: ["02:30-04:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: autumn, hours: ["02:30-04:00"], expectedSeconds: .hours(1.5)),
        .init(zone: zone, sunday: spring, hours: ["01:30-02:30"], expectedSeconds: .hours(0.5)),
        .init(zone: zone, sunday: autumn, hours: ["01:30-02:30"], expectedSeconds: .hours(2)),
        .init(zone: zone, sunday: spring, hours: ["02:15-02:45"], expectedSeconds: 0),
        .init(zone: zone, sunday: autumn, hours: ["02:15-02:45"], expectedSeconds: .hours(0.5)),
        .init(zone: zone, sunday: spring, hours: ["01:00-02:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: autumn, hours: ["01:00-02:00"], expectedSeconds: .hours(2)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-01:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: spring, hours: ["09:00-17:00"], expectedSeconds: .hours(8)),
        .init(zone: zone, sunday: autumn, hours: ["09:00-17:00"], expectedSeconds: .hours(8)),
    ]

    @Test("Business seconds on transition Sundays", arguments: cases)
    func transitionDay(_ example: TransitionDayCase) throws {
        #expect(try example.measuredSeconds() == example.expectedSeconds)
        #expect(try example.addAgrees())
    }

    @Test("Adjacent intervals around the repeated hour overlap in real time and count once")
    func overlappingAroundRepeatedHour() throws {
        let calendar = try Fixtures.calendar(Self.zone, days: [.sun], hours: ["00:00-01:30", "01:45-03:00"])
        let saturday = try Fixtures.utc("2026-10-31 12:00")
        // 00:00 EDT (04:00Z) to 03:00 EST (08:00Z): the gap 01:30-01:45 is covered by the other pass.
        #expect(calendar.elapsed(from: saturday, to: saturday.addingTimeInterval(2 * 86_400)) == .hours(4))
    }

    @Test("Sunday 24 hours, a week before and after spring forward", arguments: [-7, 0, 7])
    func sundayLength(weeks: Int) throws {
        let calendar = try Fixtures.calendar(Self.zone, days: [.sun], hours: ["00:00-24:00"])
        let saturday = try Fixtures.utc("2026-03-07 12:00").addingTimeInterval(Double(weeks * 86_400))
        let expected: Int = weeks == 0 ? .hours(23) : .hours(24)
        #expect(calendar.elapsed(from: saturday, to: saturday.addingTimeInterval(2 * 86_400)) == expected)
    }

    @Test("Office hours a week across spring forward lose nothing")
    func officeWeekAcrossSpringForward() throws {
        let calendar = try Fixtures.calendar(Self.zone, hours: ["09:00-17:00"])
        // Friday 16:00 EST (21:00Z) + 2 hours = Monday 10:00 EDT (14:00Z).
        #expect(try calendar.add(7_200, to: Fixtures.utc("2026-03-06 21:00")) == Fixtures.utc("2026-03-09 14:00"))
    }
}
