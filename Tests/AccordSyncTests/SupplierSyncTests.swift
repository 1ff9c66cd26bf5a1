import AccordConnectors
import AccordCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Runs `body` with a fake supplier listening on a free loopback port.
func withFakeSupplier(_ supplier: FakeSupplier, _ body: @Sendable @escaping (Int) async throws -> Void) async throws {
    let app = Application(router: FakeSupplierServer.router(supplier), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    try await app.test(.live) { client in
        let port = try #require(client.port)
        try await body(port)
    }
}

@Suite("Supplier sync against a fake ServiceNow / cursor API")
struct SupplierSyncTests {
    @Test("an offset/limit full sync copies every record; an unchanged re-run writes nothing new")
    func offsetFullSync() async throws {
        let fake = FakeSupplier(seed: 1, count: 23)
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let settings = SyncFixtures.settings(port: port)
            let sync = harness.sync(settings, transport: URLSessionTransport())
            let run = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            #expect(run.status == .completed, "\(run.error ?? "")")
            #expect(run.pages == 4)
            #expect(run.counts.created == 23)
            #expect(run.watermarkAfter == (await fake.newestUpdate))
            let source = await fake.incidents
            #expect(try await harness.ticketTitles() == source.mapValues(\.title))

            let inboxBefore = try await harness.stores.inbox.entries(status: nil, supplier: nil, limit: 1_000).count
            let again = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            #expect(again.counts.unchanged == 23 && again.counts.created == 0 && again.counts.updated == 0)
            #expect(try await harness.stores.inbox.entries(status: nil, supplier: nil, limit: 1_000).count == inboxBefore)
        }
    }

    @Test("identical pages are counted unchanged and stamped as seen; a changed record sends its pages back to record-by-record counting")
    func identicalPagesThenAChange() async throws {
        let fake = FakeSupplier(seed: 5, count: 23)
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let sync = harness.sync(SyncFixtures.settings(port: port), transport: URLSessionTransport())
            _ = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            // Every page is byte-identical: counted from the kept pages, and (full run) nothing vanished.
            let again = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            #expect(again.status == .completed, "\(again.error ?? "")")
            #expect(again.counts.unchanged == 23 && again.counts.vanished == 0 && again.pages == 4)
            #expect(again.watermarkAfter == (await fake.newestUpdate))

            await fake.changeRandomIncident()
            let changed = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            #expect(changed.counts.updated == 1 && changed.counts.unchanged == 22 && changed.counts.created == 0 && changed.counts.vanished == 0)
            #expect(try await harness.ticketTitles() == (await fake.incidents).mapValues(\.title))
            let last = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            #expect(last.counts.unchanged == 23 && last.counts.updated == 0 && last.counts.vanished == 0)
        }
    }

    @Test("cursor-in-body and Link-header pagination read the whole collection")
    func cursorAndLink() async throws {
        let fake = FakeSupplier(seed: 2, count: 17)
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let sync = harness.sync(SyncFixtures.settings(port: port), transport: URLSessionTransport())
            let cursorRun = try await sync.run(SyncFixtures.cursorResource, mode: .full)
            #expect(cursorRun.status == .completed, "\(cursorRun.error ?? "")")
            #expect(cursorRun.pages == 3 && cursorRun.counts.created == 17)
            let linkRun = try await sync.run(SyncFixtures.linkResource, mode: .full)
            #expect(linkRun.status == .completed, "\(linkRun.error ?? "")")
            #expect(linkRun.pages == 4 && linkRun.counts.seen == 17)
            #expect(try await harness.ticketTitles() == (await fake.incidents).mapValues(\.title))
        }
    }

    @Test("an incremental run asks only for changes since the watermark minus the overlap")
    func incremental() async throws {
        let fake = FakeSupplier(seed: 3, count: 30)
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let sync = harness.sync(SyncFixtures.settings(port: port, mode: .incremental), transport: URLSessionTransport())
            _ = try await sync.run(SyncFixtures.offsetResource, mode: .incremental)
            await fake.changeRandomIncident()
            await fake.insertIncident()
            let run = try await sync.run(SyncFixtures.offsetResource, mode: .incremental)
            #expect(run.status == .completed)
            // the 10-minute overlap re-reads the newest originals; only two records are new or changed
            #expect(run.counts.created == 1 && run.counts.updated == 1)
            #expect(run.counts.seen < 30)
            #expect(run.watermarkAfter == (await fake.newestUpdate))
            #expect(try await harness.ticketTitles() == (await fake.incidents).mapValues(\.title))
        }
    }

    /// On Linux, libcurl reports a body cut short as `URLError.unknown` (-1), not
    /// `.networkConnectionLost`; it must still be a transient, retried failure.
    @Test("a connection dropped mid-body is a transient transport error, and the run retries past it")
    func droppedMidBody() async throws {
        let fake = FakeSupplier(seed: 5, count: 10)
        await fake.setFaults(.init(dropMidBody: 100))
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let url = try #require(URL(string: "http://127.0.0.1:\(port)/api/now/table/incident"))
            let error = await #expect(throws: TransportError.self) { try await URLSessionTransport().send(AccordConnectors.HTTPRequest(url: url, timeout: 1)) }
            #expect(error?.isTransient == true, "\(error.map(String.init(describing:)) ?? "")")

            let run = try await harness.sync(SyncFixtures.settings(port: port, budget: 2), transport: URLSessionTransport())
                .run(SyncFixtures.offsetResource, mode: .full)
            #expect(run.status == .failed)
            #expect(run.error?.hasPrefix("retryBudgetExhausted: retry budget exhausted after 2 retries; last failure: ") == true, "\(run.error ?? "")")

            await fake.setFaults(.init())
            let recovered = try await harness.sync(SyncFixtures.settings(port: port), transport: URLSessionTransport())
                .run(SyncFixtures.offsetResource, mode: .full)
            #expect(recovered.status == .completed, "\(recovered.error ?? "")")
            #expect(try await harness.ticketTitles() == (await fake.incidents).mapValues(\.title))
        }
    }

    @Test("429 Retry-After is honoured and a spent retry budget fails the run with the reason")
    func retryAfterAndBudget() async throws {
        let fake = FakeSupplier(seed: 4, count: 10)
        await fake.setFaults(.init(tooManyRequests: 100))
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let recording = RecordingTransport(URLSessionTransport(), clock: harness.clock)
            let sync = harness.sync(SyncFixtures.settings(port: port, budget: 3), transport: recording)
            let run = try await sync.run(SyncFixtures.offsetResource, mode: .full)
            #expect(run.status == .failed)
            #expect(run.error?.contains("retry budget exhausted after 3 retries; last failure: HTTP 429") == true)
            #expect(await recording.violations.isEmpty)
            #expect(await recording.sent == 4)
            #expect(try await harness.database.syncStore.watermark(supplier: harness.supplier.id, resource: "incidents") == nil)
        }
    }
}
