import AccordCore
import AccordLedger
import AccordReconciliation
import BusinessTime
import Foundation
import Testing

@Suite("Attribution and availability")
struct AttributionAndAvailabilityTests {
    @Test("An SLA breach is split by custody and pause party, with the OLA breach that contributed")
    func attribution() throws {
        var month = MonthScenario()
        month.agreements = [MonthScenario.ola(MonthScenario.netnova), MonthScenario.ola(MonthScenario.stratus), MonthScenario.sla("workplace")]
        // P1 (1 h SLA): desk (unassigned) 10 min, netnova 30 min, customer 1 h paused, stratus 40 min, netnova 10 min.
        month.on("S", "2026-10-05T09:00:00Z", state: .new, priority: .p1, service: "workplace")
        month.on("S", "2026-10-05T09:10:00Z", state: .assigned, assign: MonthScenario.netnova)
        month.on("S", "2026-10-05T09:40:00Z", state: .pending(.customer))
        month.on("S", "2026-10-05T10:40:00Z", state: .assigned, assign: MonthScenario.stratus)
        month.on("S", "2026-10-05T11:20:00Z", state: .inProgress, assign: MonthScenario.netnova)
        month.on("S", "2026-10-05T11:30:00Z", state: .resolved)
        let records = month.records()
        let sla = try #require(records.first { $0.agreementID == "workplace-sla" && $0.clock == .resolution })
        #expect(sla.outcome == .breached)
        #expect(sla.elapsed == 90 * 60)
        let calendar = try BusinessCalendar(MonthScenario.alwaysOpen)
        let attribution = Attribution.attribute(
            sla: sla, agreement: month.agreements[2], events: month.events["S"] ?? [], calendar: calendar,
            olaRecords: records.filter { $0.agreementID != "workplace-sla" }, asOf: MonthScenario.time("2026-11-01T00:00:00Z")
        )
        #expect(attribution.heldBy == ["unassigned": 600, "netnova": 2400, "stratus-hosting": 2400])
        #expect(attribution.pausedBy == ["customer": 3600])
        #expect(attribution.heldBy.values.reduce(0, +) == sla.elapsed)
        // netnova's P1 response (15 min, inProgress) ran 30 min + 10 min in its custody: breached.
        #expect(attribution.contributingOLABreaches.map { "\($0.agreementID) \($0.clock.rawValue)" }.contains("netnova-ola response"))
        #expect(attribution.segments.count == 5)
    }

    private func notice(_ id: String, _ from: String, _ to: String?, classification: String = "incident", status: String = "serviceRestored") -> StatusNotice {
        StatusNotice(
            supplier: SupplierID("m365")!, noticeID: id, vendorService: "Exchange Online", title: id, status: status, classification: classification,
            startedAt: MonthScenario.time(from), endedAt: to.map(MonthScenario.time), firstSeenAt: MonthScenario.time(from)
        )
    }

    @Test("Availability counts incidents within the hours of service, overlaps once, not advisories or false positives")
    func availability() throws {
        let hours = try BusinessCalendar(MonthScenario.ukOffice)  // 22 working days in October minus the 12th: 21 × 10 h
        let period = try ReportPeriod.parse("2026-10", timeZone: TimeZone(identifier: "Europe/London")!)
        let notices = [
            notice("EX1", "2026-10-05T08:00:00Z", "2026-10-05T10:00:00Z"),           // 09:00–11:00 BST: 2 h
            notice("EX2", "2026-10-05T09:00:00Z", "2026-10-05T11:00:00Z"),           // overlaps: +1 h
            notice("EX3", "2026-10-10T09:00:00Z", "2026-10-10T12:00:00Z"),           // Saturday: 0
            notice("AD1", "2026-10-06T09:00:00Z", "2026-10-06T12:00:00Z", classification: "advisory"),
            notice("FP1", "2026-10-07T09:00:00Z", "2026-10-07T12:00:00Z", status: "falsePositive"),
            notice("EX4", "2026-10-30T16:00:00Z", nil),                               // open: Fri 16:00–18:00 GMT (clocks went back on the 25th) = 2 h
        ]
        let figures = AvailabilityCalculator.availability(notices: notices, period: period, hoursOfService: hours, targetPercent: Decimal(string: "99.5"))
        #expect(figures.serviceSeconds == 21 * 10 * 3600)
        #expect(figures.downtimeSeconds == 5 * 3600)
        #expect(figures.availabilityPercent == Decimal(string: "97.619"))  // 205 h / 210 h
        #expect(figures.isMet == false)
        #expect(figures.notices.map(\.noticeID) == ["EX1", "EX2", "EX3", "EX4"])
    }

    @Test("Periods: months in the calendar's zone, inclusive date ranges, instant ranges, clear errors")
    func periods() throws {
        let london = TimeZone(identifier: "Europe/London")!
        let october = try ReportPeriod.parse("2026-10", timeZone: london)
        #expect(october.start == MonthScenario.time("2026-09-30T23:00:00Z"))
        #expect(october.end == MonthScenario.time("2026-11-01T00:00:00Z"))  // GMT again after 25 October
        #expect(october.isCalendarMonth)
        let range = try ReportPeriod.parse("2026-10-01..2026-10-15", timeZone: london)
        #expect(range.end == MonthScenario.time("2026-10-15T23:00:00Z"))
        #expect(!range.isCalendarMonth)
        let instants = try ReportPeriod.parse("2026-10-01T00:00:00Z/2026-10-02T00:00:00+02:00", timeZone: london)
        #expect(instants.end == MonthScenario.time("2026-10-01T22:00:00Z"))
        for bad in ["2026-13", "2026-02-30..2026-03-01", "2026-10-05..2026-10-01", "October", "2026-10-01T00:00:00/2026-10-02T00:00:00"] {
            #expect(throws: ReportPeriodError.self) { try ReportPeriod.parse(bad, timeZone: london) }
        }
    }

    @Test("The index replaces one ticket's records and agrees with a full recompute")
    func incrementalIndex() throws {
        var month = MonthScenario()
        month.on("A", "2026-10-05T09:00:00Z", state: .assigned, priority: .p2, assign: MonthScenario.netnova)
        month.on("B", "2026-10-05T09:00:00Z", state: .assigned, priority: .p2, assign: MonthScenario.netnova)
        var index = ScorecardIndex(records: month.records())
        month.on("A", "2026-10-05T09:10:00Z", state: .inProgress)
        month.on("A", "2026-10-05T10:00:00Z", state: .resolved)
        let updated = month.records().filter { $0.ticketID == "A" }
        index.replace(ticket: "A", with: updated)
        let period = try ReportPeriod.parse("2026-10", timeZone: TimeZone(identifier: "UTC")!)
        let incremental = index.scorecard(agreement: month.agreements[0], period: period)
        #expect(incremental == ScorecardCalculator.scorecard(agreement: month.agreements[0], records: month.records(), period: period))
        #expect(incremental.totals.resolution.met == 1)
        #expect(incremental.totals.backlog.open == 1)
        #expect(index.ticketCount == 2)
    }
}
