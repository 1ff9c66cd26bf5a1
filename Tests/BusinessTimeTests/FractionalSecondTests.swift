import BusinessTime
import Foundation
import Testing

/// Business time is counted in whole seconds: only seconds entirely inside an interval count.
@Suite("Fractional-second instants")
struct FractionalSecondTests {
    static func office() throws -> BusinessCalendar {
        try Fixtures.calendar("UTC", hours: ["09:00-17:00"])
    }

    @Test("A partial first second is not counted; the deadline is a whole second")
    func addRoundsStartUp() throws {
        #expect(try Self.office().add(60, to: Fixtures.utc("2026-01-05 10:00:00.25")) == Fixtures.utc("2026-01-05 10:01:01"))
    }

    static let elapsedCases: [(from: String, to: String, seconds: Int)] = [
        ("2026-01-05 10:00:00.25", "2026-01-05 10:00:10.75", 9),
        ("2026-01-05 10:00:00.1", "2026-01-05 10:00:00.9", 0),
        ("2026-01-05 10:00:00.9", "2026-01-05 10:00:02.1", 1),
        ("2026-01-05 16:59:59.5", "2026-01-06 09:00:00.5", 0),
        ("2026-01-05 16:59:58.5", "2026-01-06 09:00:01.5", 2),
    ]

    @Test("Elapsed counts whole seconds between the instants", arguments: elapsedCases)
    func elapsed(from: String, to: String, seconds: Int) throws {
        #expect(try Self.office().elapsed(from: Fixtures.utc(from), to: Fixtures.utc(to)) == seconds)
    }

    @Test("elapsed(from: t, to: add(s, to: t)) == s from fractional starts", arguments: [1, 2, 3_599, 28_800, 28_801, 500_000])
    func roundTrip(seconds: Int) throws {
        let calendar = try Self.office()
        for start in try ["2026-01-05 08:59:59.999", "2026-01-05 12:34:56.001", "2026-01-05 16:59:59.5"].map(Fixtures.utc) {
            #expect(calendar.elapsed(from: start, to: try calendar.add(seconds, to: start)) == seconds)
        }
    }

    @Test("isOpen, nextOpening and adding zero at fractional instants")
    func opening() throws {
        let calendar = try Self.office()
        let open = try Fixtures.utc("2026-01-05 16:59:59.999")
        #expect(calendar.isOpen(at: open))
        #expect(try calendar.add(0, to: open) == open)
        #expect(calendar.nextOpening(after: open) == open)
        let closed = try Fixtures.utc("2026-01-05 08:59:59.5")
        #expect(calendar.isOpen(at: closed) == false)
        #expect(calendar.nextOpening(after: closed) == (try Fixtures.utc("2026-01-05 09:00")))
    }
}
