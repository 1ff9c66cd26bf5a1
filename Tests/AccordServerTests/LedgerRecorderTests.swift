import AccordConfig
import AccordCore
import AccordLedger
import AccordServer
import AccordTestSupport
import BusinessTime
import Foundation
import Testing

@Suite("Ledger recorder: events in the store → hash-chained ledger entries")
struct LedgerRecorderTests {
    let configuration: AccordConfiguration
    let stores = AccordStores.memory()
    let netnova = SupplierID("netnova")!
    let start = Date(timeIntervalSince1970: 1_791_277_200)  // 2026-10-06T09:00:00Z

    init() throws {
        configuration = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path)
    }

    private func event(_ id: String, minutes: Double, received: Double? = nil, _ changes: [FieldChange]) -> TicketEvent {
        TicketEvent(
            id: TicketEventID(id), ticketID: "TKT-7", sourceTime: start.addingTimeInterval(minutes * 60),
            receivedTime: start.addingTimeInterval((received ?? minutes) * 60), channel: .webhook, supplier: netnova, changes: changes
        )
    }

    private func prepare() async throws -> LedgerRecorder {
        try await CalendarRegistry(store: stores.calendarVersions).recordConfigured(configuration.calendars, at: start.addingTimeInterval(-86_400))
        return LedgerRecorder(stores: stores, configuration: configuration)
    }

    @Test("Recording a ticket's events appends a verifiable chain for the supplier's OLA")
    func recordsOLA() async throws {
        let recorder = try await prepare()
        try await stores.ticketEvents.append(event("E1", minutes: 0, [
            FieldChange(field: .priority, newValue: "P1"), FieldChange(field: .assignment, newValue: "netnova/wan"),
            FieldChange(field: .state, newValue: "assigned"),
        ]))
        try await stores.ticketEvents.append(event("E2", minutes: 10, [FieldChange(field: .state, newValue: "inProgress")]))
        let outcome = try await recorder.update(ticket: "TKT-7", now: start.addingTimeInterval(3600))
        #expect(outcome.problems.isEmpty)
        let chain = try await stores.ledger.entries(for: "TKT-7")
        #expect(chain == outcome.appended)
        #expect(LedgerChain.verify(chain) == .intact(entries: chain.count))
        #expect(Set(chain.map(\.entry.agreementID)) == ["netnova-ola"])
        let response = chain.map(\.entry).filter { $0.clock == .response }.map(\.kind)
        #expect(response == [.started, .stopped])
        let resolution = try #require(outcome.statuses.first { $0.clock == .resolution })
        #expect(resolution.elapsed == 3600)  // netnova runs on the 24x7 calendar
        #expect(resolution.target == 4 * 3600)
    }

    @Test("A late event appends a recomputed block and keeps the first block")
    func lateEventRecomputes() async throws {
        let recorder = try await prepare()
        try await stores.ticketEvents.append(event("E1", minutes: 0, [
            FieldChange(field: .priority, newValue: "P1"), FieldChange(field: .assignment, newValue: "netnova/wan"),
            FieldChange(field: .state, newValue: "inProgress"),
        ]))
        // As of 3h30 the P1 resolution clock (4h, warning at 80 %) has warned at 3h12.
        let first = try await recorder.update(ticket: "TKT-7", now: start.addingTimeInterval(12_600)).appended
        #expect(first.contains { $0.entry.kind == .warned })
        // The ticket had in fact been waiting on the customer since 0h30: that warning never happened.
        try await stores.ticketEvents.append(event("E0", minutes: 30, received: 211, [FieldChange(field: .state, newValue: "pending:customer")]))
        let second = try await recorder.update(ticket: "TKT-7", now: start.addingTimeInterval(12_660), cause: "E0").appended
        #expect(!second.contains { $0.entry.kind == .warned })
        #expect(second.first?.entry.kind == .recomputed)
        #expect(second.first?.entry.causingEvent == "E0")
        let chain = try await stores.ledger.entries(for: "TKT-7")
        #expect(Array(chain.prefix(first.count)) == first)
        #expect(LedgerChain.verify(chain) == .intact(entries: chain.count))
        #expect(try await recorder.update(ticket: "TKT-7", now: start.addingTimeInterval(12_660)).appended.isEmpty)
    }

    @Test("An edited calendar becomes a new version; an unchanged one does not")
    func calendarVersionsFollowEdits() async throws {
        let registry = CalendarRegistry(store: stores.calendarVersions)
        let first = try await registry.recordConfigured(configuration.calendars, at: start)
        #expect(first == ["24x7", "uk-office"])
        #expect(try await registry.recordConfigured(configuration.calendars, at: start.addingTimeInterval(60)).isEmpty)
        var edited = configuration.calendars
        edited["uk-office"]?.holidays.removeLast()
        #expect(try await registry.recordConfigured(edited, at: start.addingTimeInterval(120)) == ["uk-office"])
        let compiled = try await registry.compiledVersions(of: ["uk-office"])
        #expect(compiled.problems.isEmpty)
        #expect(compiled.versions["uk-office"]?.versions.map(\.effectiveFrom) == [start, start.addingTimeInterval(120)])
    }
}
