import AccordCore
import Foundation
import Testing

@Suite("Cron expressions: parsing and next fire time across daylight saving")
struct CronExpressionTests {
    let london = TimeZone(identifier: "Europe/London")!
    let newYork = TimeZone(identifier: "America/New_York")!

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func fires(_ expression: String, in zone: TimeZone, after start: String, count: Int) throws -> [Date] {
        let cron = try CronExpression.parse(expression).get()
        var fired: [Date] = []
        var cursor = Self.at(start)
        for _ in 0..<count {
            cursor = try #require(cron.next(after: cursor, in: zone))
            fired.append(cursor)
        }
        return fired
    }

    @Test("fields, lists, ranges and steps parse; bad fields name the field and its range", arguments: [
        ("*/15 * * * *", nil),
        ("0,30 8-18 * * 1-5", nil),
        ("0 2 1 */3 7", nil),
        ("0 2 * *", "a cron expression has 5 fields (minute hour day month weekday), found 4"),
        ("60 2 * * *", "cron minute field '60' is not valid for 0-59"),
        ("0 2 * 13 *", "cron month field '13' is not valid for 1-12"),
        ("0 2 * * 1-", "cron day-of-week field '1-' is not valid for 0-7"),
        ("*/0 * * * *", "cron minute field '*/0' is not valid for 0-59"),
    ] as [(String, String?)])
    func parsing(text: String, problem: String?) {
        switch CronExpression.parse(text) {
        case .success: #expect(problem == nil)
        case .failure(let error): #expect(error.description == problem)
        }
    }

    @Test("02:00 nightly in London is 01:00Z in summer time and 02:00Z in winter")
    func nightlyAcrossBothChanges() throws {
        #expect(try fires("0 2 * * *", in: london, after: "2026-03-28T12:00:00Z", count: 2) == [
            Self.at("2026-03-29T01:00:00Z"), Self.at("2026-03-30T01:00:00Z"),
        ])
        #expect(try fires("0 2 * * *", in: london, after: "2026-10-24T12:00:00Z", count: 2) == [
            Self.at("2026-10-25T02:00:00Z"), Self.at("2026-10-26T02:00:00Z"),
        ])
    }

    @Test("a time the clocks skip fires once at the change; a time they repeat fires once")
    func skippedAndRepeatedWallTimes() throws {
        // 01:30 does not exist in London on 2026-03-29 (01:00 GMT → 02:00 BST).
        #expect(try fires("30 1 * * *", in: london, after: "2026-03-28T12:00:00Z", count: 2) == [
            Self.at("2026-03-29T01:00:00Z"), Self.at("2026-03-30T00:30:00Z"),
        ])
        // 01:30 happens twice on 2026-10-25 (BST, then GMT): only the first fires.
        #expect(try fires("30 1 * * *", in: london, after: "2026-10-24T12:00:00Z", count: 2) == [
            Self.at("2026-10-25T00:30:00Z"), Self.at("2026-10-26T01:30:00Z"),
        ])
    }

    @Test("weekdays are read in the zone's calendar: Monday 03:00 New York across the November change")
    func weekdayInZone() throws {
        #expect(try fires("0 3 * * 1", in: newYork, after: "2026-10-28T00:00:00Z", count: 2) == [
            Self.at("2026-11-02T08:00:00Z"), Self.at("2026-11-09T08:00:00Z"),
        ])
    }

    @Test("an interval schedule is due one period after; allowed age is two periods")
    func intervalAndAllowedAge() throws {
        let now = Self.at("2026-03-28T12:00:00Z")
        #expect(SyncSchedule.interval(900).next(after: now) == now.addingTimeInterval(900))
        #expect(SyncSchedule.interval(900).allowedAge(at: now) == 1_800)
        let nightly = SyncSchedule.cron(try CronExpression.parse("0 2 * * *").get(), timeZone: london)
        #expect(nightly.allowedAge(at: Self.at("2026-06-01T12:00:00Z")) == 2 * 86_400)
    }
}
