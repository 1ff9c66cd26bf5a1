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
}
