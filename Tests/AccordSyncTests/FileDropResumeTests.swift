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

        let importer = FileDropImporter(
            supplier: harness.supplier, adapter: harness.adapter, inbox: harness.stores.inbox, store: harness.database.syncStore,
            processor: harness.processor, clock: harness.clock
        )
        #expect(try await importer.importFile(file) == .imported)
        #expect(Set(try await harness.ticketTitles().keys) == Set(incidents.map(\.sysID)))
        #expect(try await importer.importFile(file) == .skipped)
        #expect(try await harness.stores.inbox.entries(status: nil, supplier: harness.supplier.id, limit: 10).count == 1)
    }
}
