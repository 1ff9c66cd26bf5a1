import AccordConfig
import AccordCore
import AccordServer
import AccordStoreSQLite
import AccordTestSupport
import Foundation

/// A copy of the sample configuration whose database holds one recorded netnova ticket, TKT-9
/// (the supplier's NET-42): P2 from 2026-10-06T09:00:00Z, in progress after 30 min, pending on the
/// customer 10:00–10:30, resolved at 11:00 — response 1800 s, resolution 5400 s, both met.
struct NetnovaTicketHub {
    let fixture: ConfigFixture
    let work: TemporaryDirectory
    let databasePath: String

    init(prefix: String) async throws {
        fixture = try ConfigFixture()
        work = try TemporaryDirectory(prefix: prefix)
        databasePath = work.file("hub.sqlite")
        try fixture.replace("path: ./accord.sqlite", with: "path: \(databasePath)", in: "hub.yaml")
        let configuration = try ConfigLoader.load(directory: fixture.directory)
        let database = try SQLiteDatabase(path: databasePath)
        let start = Date(timeIntervalSince1970: 1_791_277_200)  // 2026-10-06T09:00:00Z
        try await CalendarRegistry(store: database.stores.calendarVersions).recordConfigured(configuration.calendars, at: start.addingTimeInterval(-60))
        let changes: [[FieldChange]] = [
            [FieldChange(field: .priority, newValue: "P2"), FieldChange(field: .assignment, newValue: "netnova/wan"), FieldChange(field: .state, newValue: "assigned")],
            [FieldChange(field: .state, newValue: "inProgress")],
            [FieldChange(field: .state, newValue: "pending:customer")],
            [FieldChange(field: .state, newValue: "inProgress")],
            [FieldChange(field: .state, newValue: "resolved")],
        ]
        for (index, change) in changes.enumerated() {
            let instant = start.addingTimeInterval(Double(index) * 1800)
            try await database.stores.ticketEvents.append(TicketEvent(
                id: TicketEventID("E\(index)"), ticketID: "TKT-9", sourceTime: instant, receivedTime: instant, channel: .webhook,
                supplier: SupplierID("netnova"), deliveryID: "msg_\(index)", changes: change
            ))
        }
        try await database.stores.tickets.save(Ticket(
            id: "TKT-9", kind: .incident, externalReference: ExternalReference(supplier: SupplierID("netnova")!, externalID: "NET-42"),
            title: "WAN link down", timestamps: TicketTimestamps(openedAt: start)
        ))
        try await LedgerRecorder(stores: database.stores, configuration: configuration).update(ticket: "TKT-9", now: start.addingTimeInterval(4 * 3600))
        try database.close()
    }
}
