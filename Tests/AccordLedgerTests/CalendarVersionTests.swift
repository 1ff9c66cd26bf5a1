import AccordCore
import AccordLedger
import BusinessTime
import Foundation
import Testing

@Suite("Clocks: calendar versions")
struct CalendarVersionTests {
    /// UK office hours until 2026-10-06, then 09:00-17:00.
    private func scenario(reopen: ReopenPolicy = .continue) -> LedgerScenario {
        var s = LedgerScenario()
        var shorter = LedgerScenario.ukOffice
        for day in Weekday.allCases where !shorter.intervals(on: day).isEmpty {
            shorter.week[day] = [LedgerScenario.interval("09:00-17:00")]
        }
        s.calendars["uk-office"] = LedgerScenario.versions(
            LedgerScenario.ukOffice, shorter, from: [Date(timeIntervalSince1970: 0), s.time("2026-10-06T00:00:00Z")]
        )
        s.agreements = [LedgerScenario.ola(calendar: "uk-office", reopen: reopen)]
        return s
    }

    @Test("A clock keeps the version it started with when the calendar is edited mid-ticket")
    func runningClockKeepsVersion() throws {
        var s = scenario()
        s.event("2026-10-05T16:00:00Z", state: .assigned, priority: .p3, assign: LedgerScenario.netnova)  // 17:00 BST
        // Monday 17:00-18:00 (1h) plus Tuesday 08:00-18:00 (10h) under the old version.
        let status = try #require(s.status(.resolution, asOf: "2026-10-06T17:00:00Z"))
        #expect(status.elapsed == 11 * 3600)
        let started = s.derive(asOf: "2026-10-06T17:00:00Z").entries.first { $0.kind == .started }
        #expect(started?.calendarVersion == Date(timeIntervalSince1970: 0))
    }

    @Test("A clock started after the edit runs on the new version")
    func laterClockUsesNewVersion() throws {
        var s = scenario()
        s.event("2026-10-06T07:00:00Z", state: .assigned, priority: .p3, assign: LedgerScenario.netnova)  // 08:00 BST
        let status = try #require(s.status(.resolution, asOf: "2026-10-06T17:00:00Z"))
        #expect(status.elapsed == 8 * 3600)  // 09:00-17:00 BST
        let started = s.derive(asOf: "2026-10-06T17:00:00Z").entries.first { $0.kind == .started }
        #expect(started?.calendarVersion == s.time("2026-10-06T00:00:00Z"))
    }

    @Test("A restarted cycle picks the version in force at the reopen")
    func restartPicksNewVersion() {
        var s = scenario(reopen: .restart)
        s.event("2026-10-05T08:00:00Z", state: .assigned, priority: .p3, assign: LedgerScenario.netnova)
        s.event("2026-10-05T10:00:00Z", state: .resolved)
        s.event("2026-10-07T08:00:00Z", state: .inProgress)
        let starts = s.derive(asOf: "2026-10-07T12:00:00Z").entries.filter { $0.kind == .started && $0.clock == .resolution }
        #expect(starts.map(\.calendarVersion) == [Date(timeIntervalSince1970: 0), s.time("2026-10-06T00:00:00Z")])
    }
}
