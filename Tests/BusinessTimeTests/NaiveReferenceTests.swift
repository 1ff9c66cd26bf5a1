import BusinessTime
import Foundation
import Testing

/// The reference must be right before it can judge: check it against hand-worked answers.
@Suite("The naive reference itself")
struct NaiveReferenceTests {
    @Test("Transition days last 23 and 25 hours", arguments: [
        ("Europe/London", "2026-03-29", 23), ("Europe/London", "2026-10-25", 25),
        ("America/New_York", "2026-03-08", 23), ("America/New_York", "2026-11-01", 25),
        ("Australia/Sydney", "2026-10-04", 23), ("Australia/Sydney", "2026-04-05", 25),
    ])
    func dayLengths(zone: String, sunday: String, hours: Int) throws {
        let definition = try Fixtures.definition(zone, days: [.sun], hours: ["00:00-24:00"])
        let naive = try #require(NaiveBusinessClock(definition))
        let saturdayNoon = try Fixtures.utc("\(sunday) 12:00").addingTimeInterval(-86_400)
        #expect(naive.elapsed(from: saturdayNoon, to: saturdayNoon.addingTimeInterval(2 * 86_400)) == hours * 3_600)
    }

    @Test("Plain office hours")
    func office() throws {
        let naive = try #require(NaiveBusinessClock(Fixtures.definition("UTC", hours: ["09:00-17:00"])))
        #expect(naive.add(3_600, to: try Fixtures.utc("2026-01-09 16:30")) == (try Fixtures.utc("2026-01-12 09:30")))
        #expect(naive.isOpen(at: try Fixtures.utc("2026-01-05 17:00")) == false)
    }
}
