import AccordConnectors
import AccordCore
import Foundation
import Testing

/// Killed-run stand-in: the transport stops like a process would, leaving the run `running`.
struct Killed: Error {}

/// Passes `allowed` requests through, then throws ``Killed``.
actor KillAfter: HTTPTransport {
    let base: any HTTPTransport
    private var allowed: Int
    private(set) var firstURL: URL?
    init(_ base: any HTTPTransport, allowed: Int) {
        self.base = base
        self.allowed = allowed
    }
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if firstURL == nil { firstURL = request.url }
        guard allowed > 0 else { throw Killed() }
        allowed -= 1
        return try await base.send(request)
    }
}

@Suite("Randomised sync runs against a faulty supplier")
struct RandomisedSyncTests {
    @Test("the copy equals the source, no duplicates, right watermark, Retry-After respected", arguments: 1...50)
    func randomised(seed: Int) async throws {
        let fake = FakeSupplier(seed: UInt64(seed) &* 7919, count: 15 + seed % 20)
        await fake.setFaults(.init(
            serverError: 8, tooManyRequests: 8, timeout: seed % 10 == 0 ? 20 : 0, changeBetweenPages: 15, dropMidBody: 6, maxTimeouts: 1
        ))
        let harness = try SyncHarness()
        let resource = seed.isMultiple(of: 2) ? SyncFixtures.offsetResource : SyncFixtures.cursorResource
        try await withFakeSupplier(fake) { port in
            let recording = RecordingTransport(URLSessionTransport(), clock: harness.clock)
            let sync = harness.sync(SyncFixtures.settings(port: port, mode: .incremental), transport: recording)
            let first = try await sync.run(resource, mode: .full)
            #expect(first.status == .completed, "seed \(seed): \(first.error ?? "")")
            // The source kept changing during the run; a catch-up incremental run (faults still on,
            // no more changes) must leave Accord's copy equal to the source.
            var faults = await fake.faults
            faults.changeBetweenPages = 0
            await fake.setFaults(faults)
            let second = try await sync.run(resource, mode: .incremental)
            #expect(second.status == .completed, "seed \(seed): \(second.error ?? "")")
            let source = await fake.incidents
            let copy = try await harness.ticketTitles()
            #expect(copy == source.mapValues(\.title), "seed \(seed)")
            #expect(copy.count == source.count)
            #expect(second.watermarkAfter == (await fake.newestUpdate))
            #expect(try await harness.database.syncStore.watermark(supplier: harness.supplier.id, resource: resource.name) == (await fake.newestUpdate))
            let violations = await recording.violations
            #expect(violations.isEmpty, "seed \(seed): \(violations)")
        }
    }

    @Test("a run killed mid-way resumes from the last committed page without duplicates")
    func resumeAfterKill() async throws {
        let fake = FakeSupplier(seed: 99, count: 30)
        let harness = try SyncHarness()
        try await withFakeSupplier(fake) { port in
            let settings = SyncFixtures.settings(port: port)
            let killed = harness.sync(settings, transport: KillAfter(URLSessionTransport(), allowed: 2))
            await #expect(throws: Killed.self) { try await killed.run(SyncFixtures.offsetResource, mode: .full) }
            let interrupted = try #require(try await harness.database.syncStore.runs(supplier: harness.supplier.id, limit: 1).first)
            #expect(interrupted.status == .running && interrupted.pages == 2)

            let resumedTransport = KillAfter(URLSessionTransport(), allowed: 100)
            let resumed = try await harness.sync(settings, transport: resumedTransport).run(SyncFixtures.offsetResource, mode: .full)
            #expect(resumed.id == interrupted.id)
            #expect(resumed.status == .completed && resumed.pages == 5)
            #expect(resumed.counts.seen == 30 && resumed.counts.created == 30)
            #expect(await resumedTransport.firstURL?.query?.contains("sysparm_offset=14") == true)
            #expect(try await harness.ticketTitles() == (await fake.incidents).mapValues(\.title))
        }
    }
}
