import AccordCore
import Foundation

/// Domain values with every optional field filled, including awkward text and instants.
public enum DomainSamples {
    public static let netnova = SupplierID("netnova")!
    public static let stratus = SupplierID("stratus-hosting")!

    /// An instant with sub-microsecond precision, to prove storage keeps instants exactly.
    public static let preciseInstant = Date(timeIntervalSinceReferenceDate: 815_000_123.123_456_789)

    public static func supplier(_ id: SupplierID = netnova, tier: Tier = .integrate) -> Supplier {
        Supplier(
            id: id, name: "NetNova Networks — Zürich", tier: tier, calendarID: "uk-office", adapter: "jira",
            agreements: [
                Agreement(
                    id: "netnova-ola", kind: .ola(id),
                    targets: [.p1: .init(response: .minutes(15), resolution: .hours(4)), .p3: .init(response: .hours(4), resolution: .days(2))],
                    warningThresholdPercent: 80, calendarID: "24x7",
                    pauseStates: [.pending(.customer), .pending(.thirdParty), .resolved], reopenPolicy: .fromOriginalStart
                ),
            ]
        )
    }

    public static func ticket(_ id: TicketID = "TKT-1", externalID: String = "NET-42", opened: Date = preciseInstant) -> Ticket {
        Ticket(
            id: id, kind: .incident,
            externalReference: ExternalReference(supplier: netnova, externalID: externalID, url: "https://netnova.example/browse/\(externalID)"),
            title: "Routeur hors service — 路由器故障 — خرابی روتر — 라우터 장애",
            description: "Line one\nLine two with \"quotes\" and emoji 🛰️",
            state: .pending(.thirdParty),
            priority: PriorityAssessment(priority: .p2, impact: .high, urgency: .medium),
            service: "workplace",
            configurationItems: ["CI-a", "CI-b"],
            assignment: Assignment(supplier: netnova, group: "WAN Ops"),
            timestamps: TicketTimestamps(
                openedAt: opened, updatedAt: opened.addingTimeInterval(3600.5),
                respondedAt: opened.addingTimeInterval(60.25), resolvedAt: nil, closedAt: nil
            )
        )
    }

    public static func event(_ id: TicketEventID = "EVT-1", ticket: TicketID = "TKT-1", at source: Date = preciseInstant) -> TicketEvent {
        TicketEvent(
            id: id, ticketID: ticket, sourceTime: source, receivedTime: source.addingTimeInterval(2.000_001),
            channel: .webhook, supplier: netnova, deliveryID: "msg_p5jXN8AQM9LWM0D4loKWxJek",
            changes: [
                FieldChange(field: .state, oldValue: TicketState.inProgress.description, newValue: TicketState.pending(.customer).description),
                FieldChange(field: .workNote, oldValue: nil, newValue: "Warte auf Kunde — ÄÖÜ"),
            ]
        )
    }

    public static func configurationItem(sourceKey: String = "a1b2c3", supplier: SupplierID = stratus, serial: String = "SN-0042") -> ConfigurationItem {
        ConfigurationItem(
            id: CIID("CI-\(supplier)-\(sourceKey)"), supplier: supplier, sourceKey: sourceKey, ciClass: "server", name: "lon-app-01",
            identifiers: [
                Identifier(kind: .serialNumber, value: serial),
                Identifier(kind: .fqdn, value: "lon-app-01.corp.example"),
                Identifier(kind: .ipAddress, value: "10.0.0.5"),
            ],
            attributes: ["os": "Debian 12", "location": "London — LD5", "cpu_count": "8"],
            observedAt: preciseInstant, channel: .poll
        )
    }
}
