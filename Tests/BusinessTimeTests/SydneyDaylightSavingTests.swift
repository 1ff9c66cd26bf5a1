import BusinessTime
import Foundation
import Testing

/// Australia/Sydney 2026: 03:00 AEDT -> 02:00 AEST on 5 April (16:00 UTC on the 4th) and
/// 02:00 AEST -> 03:00 AEDT on 4 October (16:00 UTC on the 3rd): 02:00-03:00 repeated, then skipped.
@Suite("DST in Australia/Sydney")
struct SydneyDaylightSavingTests {
    static let autumn = "2026-04-05"
    static let spring = "2026-10-04"
    static let zone = "Australia/Sydney"

    static let cases: [TransitionDayCase] = [
        .init(zone: zone, sunday: spring, hours: ["00:00-24:00"], expectedSeconds: .hours(23)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-24:00"], expectedSeconds: .hours(25)),
        .init(zone: zone, sunday: spring, hours: ["00:00-04:00"], expectedSeconds: .hours(3)),
        .init(zone: zone, sunday: autumn, hours: ["00:00-04:00"], expectedSeconds: .hours(5)),
        .init(zone: zone, sunday: spring, hours: ["02:30-03:30"], expectedSeconds: .hours(0.5)),
        .init(zone: zone, sunday: autumn, hours: ["02:30-03:30"], expectedSeconds: .hours(2)),
        .init(zone: zone, sunday: spring, hours: ["02:00-03:00"], expectedSeconds: 0),
        .init(zone: zone, sunday: autumn, hours: ["02:00-03:00"], expectedSeconds: .hours(2)),
        .init(zone: zone, sunday: spring, hours: ["01:00-02:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: autumn, hours: ["01:00-02:00"], expectedSeconds: .hours(1)),
        .init(zone: zone, sunday: spring, hours: ["09:00-17:00"], expectedSeconds: .hours(8)),
        .init(zone: zone, sunday: autumn, hours: ["09:00-17:00"], expectedSeconds: .hours(8)),
    ]

    @Test("Business seconds on transition Sundays", arguments: cases)
    func transitionDay(_ example: TransitionDayCase) throws {
        #expect(try example.measuredSeconds() == example.expectedSeconds)
        #expect(try example.addAgrees())
    }

    @Test("Local midnight to midnight on the transition days", arguments: [
        ("2026-04-04 13:00", "2026-04-05 14:00", 25),
        ("2026-10-03 14:00", "2026-10-04 13:00", 23),
    ])
    func dayLength(from: String, to: String, hours: Int) throws {
        let calendar = try Fixtures.allWeek(Self.zone)
        #expect(calendar.elapsed(from: try Fixtures.utc(from), to: try Fixtures.utc(to)) == hours * 3_600)
    }

    @Test("A deadline in the repeated hour, and one just after the skipped hour")
    func deadlines() throws {
        let calendar = try Fixtures.calendar(Self.zone, days: [.sun], hours: ["00:00-04:00"])
        // Autumn: 00:00 AEDT = 13:00Z; 2.5 hours later is 02:30 AEDT, the first pass (15:30Z).
        #expect(try calendar.add(9_000, to: Fixtures.utc("2026-04-04 13:00")) == Fixtures.utc("2026-04-04 15:30"))
        // Spring: 00:00 AEST = 14:00Z; 2.5 hours later is 03:30 AEDT (16:30Z).
        #expect(try calendar.add(9_000, to: Fixtures.utc("2026-10-03 14:00")) == Fixtures.utc("2026-10-03 16:30"))
    }
}
