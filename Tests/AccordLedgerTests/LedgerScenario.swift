import AccordCore
import AccordLedger
import AccordTestSupport
import BusinessTime
import Foundation

/// Builds a ticket's event history in a few readable lines for clock tests.
///
/// Instants are written `"2026-10-05T09:00:00Z"` or, on the scenario's day, `"09:00"` (UTC).
struct LedgerScenario {
    static let netnova = SupplierID("netnova")!
    static let stratus = SupplierID("stratus-hosting")!
    static let ticketID: TicketID = "TKT-1"

    var day = "2026-10-05"  // a Monday
    var events: [TicketEvent] = []
    var agreements: [Agreement] = []
    var calendars: [CalendarID: CalendarVersions] = [
        "24x7": LedgerScenario.versions(LedgerScenario.alwaysOpen),
        "uk-office": LedgerScenario.versions(LedgerScenario.ukOffice),
    ]

    // MARK: - Time

    func time(_ text: String) -> Date {
        let full = text.count <= 8 ? "\(day)T\(text.count == 5 ? text + ":00" : text)Z" : text
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: full) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: full) ?? Date(timeIntervalSince1970: .nan)
    }

    // MARK: - Events

    /// Adds an event; `received` defaults to the source time (an in-order delivery).
    @discardableResult
    mutating func event(
        _ at: String, state: TicketState? = nil, priority: Priority? = nil, assign: SupplierID? = nil,
        service: ServiceID? = nil, comment: String? = nil, received: String? = nil, id: String? = nil
    ) -> TicketEventID {
        var changes: [FieldChange] = []
        if let service { changes.append(FieldChange(field: .service, newValue: service.rawValue)) }
        if let priority { changes.append(FieldChange(field: .priority, newValue: priority.description)) }
        if let assign { changes.append(FieldChange(field: .assignment, newValue: "\(assign)/ops")) }
        if let state { changes.append(FieldChange(field: .state, newValue: state.description)) }
        if let comment { changes.append(FieldChange(field: .comment, newValue: comment)) }
        let eventID = TicketEventID(id ?? "EVT-\(events.count + 1)")
        events.append(TicketEvent(
            id: eventID, ticketID: Self.ticketID, sourceTime: time(at), receivedTime: time(received ?? at),
            channel: .webhook, supplier: Self.netnova, changes: changes
        ))
        return eventID
    }

    // MARK: - Agreements

    static func target(_ response: Int, _ resolution: Int) -> ResponseResolutionTarget {
        ResponseResolutionTarget(response: BusinessDuration(seconds: response), resolution: BusinessDuration(seconds: resolution))
    }

    /// An OLA for `supplier` with P1 15m/1h, P2 30m/4h, P3 1h/8h on the 24×7 calendar (by default).
    static func ola(
        _ supplier: SupplierID = netnova, calendar: CalendarID = "24x7", warning: Int = 75,
        pauses: Set<PauseCondition> = PauseCondition.defaults, reopen: ReopenPolicy = .continue,
        response: ResponseRule? = nil, targets: [Priority: ResponseResolutionTarget]? = nil
    ) -> Agreement {
        Agreement(
            id: AgreementID("\(supplier)-ola"), kind: .ola(supplier),
            targets: targets ?? [.p1: target(900, 3600), .p2: target(1800, 14_400), .p3: target(3600, 28_800)],
            warningThresholdPercent: warning, calendarID: calendar, pauseStates: pauses, reopenPolicy: reopen,
            responseRule: response
        )
    }

    /// An SLA for service `workplace` with the same targets as ``ola(_:calendar:warning:pauses:reopen:response:targets:)``.
    static func sla(
        calendar: CalendarID = "24x7", pauses: Set<PauseCondition> = PauseCondition.defaults, reopen: ReopenPolicy = .continue
    ) -> Agreement {
        Agreement(
            id: "workplace-sla", kind: .sla("workplace"),
            targets: [.p1: target(900, 3600), .p2: target(1800, 14_400), .p3: target(3600, 28_800)],
            calendarID: calendar, pauseStates: pauses, reopenPolicy: reopen
        )
    }

    // MARK: - Deriving

    func derive(asOf: String = "2026-12-31T00:00:00Z") -> LedgerDerivationResult {
        LedgerDerivation.derive(ticketID: Self.ticketID, events: events, agreements: agreements, calendars: calendars, asOf: time(asOf))
    }

    /// The entries of one clock, as `kind@HH:MM:SS elapsed` strings for compact assertions.
    func trace(_ clock: ClockKind, agreement: AgreementID? = nil, asOf: String = "2026-12-31T00:00:00Z") -> [String] {
        derive(asOf: asOf).entries
            .filter { $0.clock == clock && (agreement == nil || $0.agreementID == agreement) }
            .map { "\($0.kind.rawValue)@\(Self.clockText($0.instant)) \($0.elapsed)" + ($0.reason.map { " \($0)" } ?? "") }
    }

    func status(_ clock: ClockKind, agreement: AgreementID? = nil, asOf: String = "2026-12-31T00:00:00Z") -> ClockStatus? {
        derive(asOf: asOf).statuses.last { $0.clock == clock && (agreement == nil || $0.agreementID == agreement) }
    }

    static func clockText(_ date: Date) -> String {
        let text = LedgerCanonicalText.timestamp(date)  // 2026-10-05T09:00:00.000000Z
        let start = text.index(text.startIndex, offsetBy: 11)
        return String(text[start..<text.index(start, offsetBy: 8)])
    }

    // MARK: - Calendars

    static let alwaysOpen = CalendarFixtures.alwaysOpen

    static let ukOffice = CalendarFixtures.ukOffice(holidays: [Holiday(date: LocalDate(year: 2026, month: 12, day: 25)!, name: "Christmas Day")])

    static func interval(_ text: String) -> WorkingInterval { CalendarFixtures.interval(text) }

    static func versions(_ definitions: CalendarDefinition..., from dates: [Date] = []) -> CalendarVersions {
        CalendarFixtures.versions(definitions, from: dates)
    }
}
