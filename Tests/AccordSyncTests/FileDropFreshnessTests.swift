import AccordConnectors
import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("Freshness of a file-drop supplier")
struct FileDropFreshnessTests {
    @Test("an imported file is a successful sync of the drop; a rejected file is not")
    func importedFilesCount() async throws {
        let harness = try SyncHarness()
        let directory = try TemporaryDirectory(prefix: "accord-drop")
        let importer = harness.importer()
        let store = harness.database.syncStore
        let schedule = SyncSchedule.interval(3_600)
        func freshness() async throws -> SyncFreshness {
            SyncFreshness(
                schedule: schedule, runs: try await store.runs(supplier: harness.supplier.id, limit: 10),
                lastImportedFile: try await store.lastImportedFile(supplier: harness.supplier.id), now: harness.clock.now()
            )
        }
        #expect(try await freshness().overdue)

        let rejected = directory.url.appendingPathComponent("broken.json")
        try Data("{\"result\":[{\"sys_id\":\"bad1\",\"opened_at\":\"yesterday\"}]}".utf8).write(to: rejected)
        guard case .rejected = try await importer.importFile(rejected) else {
            Issue.record("the broken file was not rejected")
            return
        }
        #expect(try await freshness().overdue)
        #expect(try await store.lastImportedFile(supplier: harness.supplier.id) == nil)

        let good = directory.url.appendingPathComponent("monday.json")
        try Data(FakeSupplier.json(await FakeSupplier(seed: 7, count: 3).ordered(since: nil)).utf8).write(to: good)
        #expect(try await importer.importFile(good) == .imported)
        let fresh = try await freshness()
        #expect(!fresh.overdue)
        #expect(fresh.lastSuccessAt == harness.clock.now())
        #expect(fresh.summary.hasPrefix("ok, "))

        try await harness.clock.sleep(seconds: 3 * 3_600)
        #expect(try await freshness().overdue)  // an old import is stale like an old run
    }

    /// The SQLite delivery apply, failing its first call (a busy database, say).
    actor FailingOnce: TicketDeliveryStore {
        let base: any TicketDeliveryStore
        var failed = false
        init(_ base: any TicketDeliveryStore) { self.base = base }

        func apply(
            _ request: TicketDeliveryRequest, plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
        ) async throws -> TicketDeliveryWrites {
            if !failed {
                failed = true
                throw StoreError.unavailable("database is locked")
            }
            return try await base.apply(request, plan: plan)
        }
    }

    @Test("a file stored but not applied yet is not counted as imported; importing it again waits for the retry time, then applies it")
    func unappliedFileIsNotFresh() async throws {
        let harness = try SyncHarness()
        var stores = harness.stores
        stores.transactionalTicketDeliveries = FailingOnce(harness.stores.ticketDeliveries)
        let processor = InboxProcessor(
            stores: stores, suppliers: [harness.supplier], adapters: ["servicenow": harness.adapter], applier: DeliveryApplier(stores: stores, ledger: nil)
        )
        let importer = FileDropImporter(
            supplier: harness.supplier, adapter: harness.adapter, inbox: stores.inbox, store: harness.database.syncStore, processor: processor, clock: harness.clock
        )
        let directory = try TemporaryDirectory(prefix: "accord-drop")
        let file = directory.url.appendingPathComponent("tuesday.json")
        try Data(FakeSupplier.json(await FakeSupplier(seed: 9, count: 3).ordered(since: nil)).utf8).write(to: file)

        guard case .retrying(let reason) = try await importer.importFile(file) else {
            Issue.record("a file whose apply failed was not reported as retrying")
            return
        }
        #expect(reason.contains("database is locked"))
        #expect(try await harness.database.syncStore.lastImportedFile(supplier: harness.supplier.id) == nil)
        #expect(try await harness.ticketTitles().isEmpty)

        // Dropped again before its retry time: the stored entry is left to it, no attempt used up.
        guard case .retrying = try await importer.importFile(file) else {
            Issue.record("a file was applied before its entry's retry time")
            return
        }
        #expect(try await stores.inbox.entries(status: .pending, supplier: harness.supplier.id, limit: 10).map(\.attempts) == [1])

        try await harness.clock.sleep(seconds: 3_600)  // past the entry's retry time
        #expect(try await importer.importFile(file) == .imported)
        #expect(try await harness.database.syncStore.lastImportedFile(supplier: harness.supplier.id) != nil)
        #expect(try await harness.ticketTitles().count == 3)
    }
}
