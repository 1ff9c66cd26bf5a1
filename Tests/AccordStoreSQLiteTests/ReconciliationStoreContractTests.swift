import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("Clock record and supplier report stores (contract)")
struct ReconciliationStoreContractTests {
    static let day: TimeInterval = 86_400
    static let october = Date(timeIntervalSince1970: 1_790_812_800)  // 2026-10-01T00:00:00Z

    private func record(_ ticket: TicketID, _ clock: ClockKind, start: Double, stop: Double?, agreement: AgreementID = "netnova-ola") -> ClockRecord {
        ClockRecord(
            ticketID: ticket, agreementID: agreement, clock: clock, cycle: 1, priority: .p2, service: "workplace",
            startedAt: Self.october.addingTimeInterval(start * Self.day), stoppedAt: stop.map { Self.october.addingTimeInterval($0 * Self.day) },
            outcome: stop == nil ? nil : .met, elapsed: 3600, target: 14_400, breachedAt: nil, stopEvent: stop == nil ? nil : "E9"
        )
    }

    @Test("records round-trip, are replaced per ticket and are found by overlap with a period", arguments: StoreBackend.allCases)
    func overlapAndReplace(backend: StoreBackend) async throws {
        let (stores, keepAlive) = try backend.makeStores()
        defer { withExtendedLifetime(keepAlive) {} }
        let store = try #require(stores.clockRecords)
        let before = record("A", .resolution, start: -40, stop: -35)       // September only
        let across = record("B", .resolution, start: -3, stop: 2)          // into October
        let open = record("C", .resolution, start: -60, stop: nil)         // open since August
        let later = record("D", .resolution, start: 40, stop: 41)          // November
        let other = record("E", .resolution, start: 5, stop: 6, agreement: "stratus-hosting-ola")
        for item in [before, across, open, later, other] { try await store.replace(ticket: item.ticketID, with: [item]) }
        let found = try await store.records(of: "netnova-ola", overlapping: Self.october, Self.october.addingTimeInterval(31 * Self.day))
        #expect(Set(found) == [across, open])
        #expect(try await store.records(of: "B") == [across])
        let replaced = record("B", .response, start: -3, stop: -2.5)
        try await store.replace(ticket: "B", with: [replaced])
        #expect(try await store.records(of: "B") == [replaced])
        #expect(Set(try await store.allRecords(of: "netnova-ola")) == [before, replaced, open, later])
        try await store.replace(ticket: "B", with: [])
        #expect(try await store.records(of: "B").isEmpty)
    }

    @Test("supplier reports are kept whole; the latest of a period wins", arguments: StoreBackend.allCases)
    func reports(backend: StoreBackend) async throws {
        let (stores, keepAlive) = try backend.makeStores()
        defer { withExtendedLifetime(keepAlive) {} }
        let store = try #require(stores.supplierReports)
        let netnova = SupplierID("netnova")!
        let first = StoredSupplierReport(supplier: netnova, period: "2026-10", receivedAt: Self.october, contentType: "text/csv",
                                         body: Data("ticket\nA\n".utf8), rowCount: 1, sha256: "aa")
        var second = first
        second.body = Data("ticket\nA\nB\n".utf8)
        second.rowCount = 2
        let firstID = try await store.save(first)
        let secondID = try await store.save(second)
        #expect(secondID > firstID)
        let latest = try #require(try await store.latest(supplier: netnova, period: "2026-10"))
        #expect(latest.body == second.body)
        #expect(latest.id == secondID)
        #expect(try await store.latest(supplier: netnova, period: "2026-09") == nil)
        #expect(try await store.reports(of: netnova).map(\.rowCount) == [2, 1])
    }
}
