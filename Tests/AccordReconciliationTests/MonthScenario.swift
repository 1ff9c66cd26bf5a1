import AccordCore
import AccordLedger
import AccordReconciliation
import AccordTestSupport
import BusinessTime
import Foundation

/// A hand-built month of tickets: events written in a few lines, derived through the real ledger,
/// flattened into clock records and scored.
struct MonthScenario {
    static let netnova = SupplierID("netnova")!
    static let stratus = SupplierID("stratus-hosting")!

    var agreements: [Agreement] = [MonthScenario.ola(netnova)]
    var calendars: [CalendarID: CalendarVersions] = [
        "24x7": MonthScenario.versions(MonthScenario.alwaysOpen),
        "uk-office": MonthScenario.versions(MonthScenario.ukOffice),
    ]
    private(set) var events: [TicketID: [TicketEvent]] = [:]
    private var order: [TicketID] = []

    /// Adds one event to `ticket` at an RFC 3339 instant.
    mutating func on(
        _ ticket: TicketID, _ at: String, state: TicketState? = nil, priority: Priority? = nil, assign: SupplierID? = nil,
        service: ServiceID? = nil
    ) {
        var changes: [FieldChange] = []
        if let service { changes.append(FieldChange(field: .service, newValue: service.rawValue)) }
        if let priority { changes.append(FieldChange(field: .priority, newValue: priority.description)) }
        if let assign { changes.append(FieldChange(field: .assignment, newValue: "\(assign)/ops")) }
        if let state { changes.append(FieldChange(field: .state, newValue: state.description)) }
        if events[ticket] == nil { order.append(ticket) }
        let count = events[ticket, default: []].count
        events[ticket, default: []].append(TicketEvent(
            id: TicketEventID("\(ticket)-E\(count + 1)"), ticketID: ticket, sourceTime: Self.time(at), receivedTime: Self.time(at),
            channel: .webhook, supplier: assign, changes: changes
        ))
    }

    /// Every ticket's clock records as of `asOf`.
    func records(asOf: String = "2026-12-01T00:00:00Z") -> [ClockRecord] {
        order.flatMap { ticket -> [ClockRecord] in
            let history = events[ticket] ?? []
            let derivation = LedgerDerivation.derive(
                ticketID: ticket, events: history, agreements: agreements, calendars: calendars, asOf: Self.time(asOf)
            )
            let service = TicketTimeline(events: history).snapshots.last?.service
            return ClockRecords.from(currentBlock: derivation.entries, service: service)
        }
    }

    func scorecard(_ agreement: AgreementID, period: String = "2026-10", asOf: String = "2026-12-01T00:00:00Z") throws -> Scorecard {
        let agreement = try #require(agreements.first { $0.id == agreement })
        let zone = calendars[agreement.calendarID]?.versions.first?.calendar.timeZone ?? TimeZone(identifier: "UTC")!
        return ScorecardCalculator.scorecard(
            agreement: agreement, records: records(asOf: asOf), period: try ReportPeriod.parse(period, timeZone: zone)
        )
    }

    // MARK: - Building blocks

    static func time(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    static func target(_ response: Int, _ resolution: Int) -> ResponseResolutionTarget {
        ResponseResolutionTarget(response: BusinessDuration(seconds: response), resolution: BusinessDuration(seconds: resolution))
    }

    /// P1 15m/1h, P2 30m/4h, P3 1h/8h.
    static let targets: [Priority: ResponseResolutionTarget] = [.p1: target(900, 3600), .p2: target(1800, 14_400), .p3: target(3600, 28_800)]

    static func ola(
        _ supplier: SupplierID, calendar: CalendarID = "24x7", reopen: ReopenPolicy = .continue, compliance: ComplianceTerms? = nil
    ) -> Agreement {
        Agreement(
            id: AgreementID("\(supplier)-ola"), kind: .ola(supplier), targets: targets, calendarID: calendar,
            pauseStates: [.pending(.customer)], reopenPolicy: reopen, compliance: compliance
        )
    }

    static func sla(_ service: ServiceID, calendar: CalendarID = "24x7") -> Agreement {
        Agreement(id: AgreementID("\(service)-sla"), kind: .sla(service), targets: targets, calendarID: calendar, pauseStates: [.pending(.customer)])
    }

    static let alwaysOpen = CalendarFixtures.alwaysOpen

    /// Mon–Fri 08:00–18:00 Europe/London, with a company holiday on Monday 2026-10-12.
    static let ukOffice = CalendarFixtures.ukOffice(holidays: [Holiday(date: LocalDate(year: 2026, month: 10, day: 12)!, name: "Company day")])

    static func versions(_ definition: CalendarDefinition) -> CalendarVersions { CalendarFixtures.versions([definition]) }
}

import Testing
