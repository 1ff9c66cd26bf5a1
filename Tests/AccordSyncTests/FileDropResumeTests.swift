@testable import AccordConnectors
import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("File drops: an import killed after storing the file")
struct FileDropResumeTests {
    @Test("a file stored in the inbox but never applied is applied by the next import, not skipped")
    func finishesPendingFile() async throws {
        let harness = try SyncHarness()
        let directory = try TemporaryDirectory(prefix: "accord-drop")
        let incidents = await FakeSupplier(seed: 11, count: 4).ordered(since: nil)
        let body = Data(FakeSupplier.json(incidents).utf8)
        let file = directory.url.appendingPathComponent("nightly.json")
        try body.write(to: file)
        // What a killed import leaves behind: the raw file stored, nothing applied, not recorded.
        _ = try await harness.stores.inbox.accept([InboxDelivery(
            supplier: harness.supplier.id, channel: .fileDrop, deliveryID: "file-\(RecordHash.hex(body))", receivedAt: harness.clock.now(),
            contentType: "application/json", headers: ["x-accord-file": "nightly.json"], body: body
        )])
        #expect(try await harness.ticketTitles().isEmpty)

        let importer = harness.importer()
        #expect(try await importer.importFile(file) == .imported)
        #expect(Set(try await harness.ticketTitles().keys) == Set(incidents.map(\.sysID)))
        #expect(try await importer.importFile(file) == .skipped)
        #expect(try await harness.stores.inbox.entries(status: nil, supplier: harness.supplier.id, limit: 10).count == 1)
    }
}

@Suite("File drops: rejected whole even when the inbox worker gets there first")
struct FileDropWorkerRaceTests {
    @Test("the inbox processor applies nothing of a dropped file with an unreadable record")
    func processorRejectsWholeFile() async throws {
        let harness = try SyncHarness()
        var text = FakeSupplier.json([
            FakeSupplier.Incident(sysID: "f00d", title: "Good row in a bad file", state: "1", updated: 5_000),
            FakeSupplier.Incident(sysID: "bad1", title: "Bad row", state: "1", updated: 5_060),
        ])
        let lastOpened = try #require(text.range(of: "\"opened_at\":\"2023-12-31 10:00:00\"", options: .backwards))
        text.replaceSubrange(lastOpened, with: "\"opened_at\":\"yesterday\"")
        let body = Data(text.utf8)
        _ = try await harness.stores.inbox.accept([InboxDelivery(
            supplier: harness.supplier.id, channel: .fileDrop, deliveryID: "file-bad", receivedAt: harness.clock.now(),
            contentType: "application/json", headers: [:], body: body
        )])
        let summary = try await harness.processor.processDue(now: harness.clock.now())
        #expect(summary.dead == 1)
        #expect(try await harness.ticketTitles().isEmpty)
    }
}
