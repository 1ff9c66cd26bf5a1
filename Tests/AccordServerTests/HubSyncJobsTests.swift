@testable import AccordServer
import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import AccordTestSupport
import Foundation
import Logging
import Testing

@Suite("The jobs accord serve schedules")
struct HubSyncJobsTests {
    @Test("a pull per supplier with sync resources, a file-drop poll where fileDrop is set, nothing without a sync store")
    func jobsFromConfiguration() async throws {
        let fixture = try ConfigFixture()
        try fixture.replace("fileDrop: ./drops/stratus-hosting", with: "fileDrop: ./drops/stratus-hosting\n  fileDropInterval: 5m", in: "suppliers/stratus-hosting.yaml")
        let configuration = try ConfigLoader.load(directory: fixture.directory)
        let adapters = AdapterLoader.loadAll(directory: RepositoryPaths.root.appendingPathComponent("Adapters")).adapters
        var stores = AccordStores.memory()
        let processor = makeInboxProcessor(configuration: configuration, stores: stores, adapters: adapters, logger: Logger(label: "test"))
        #expect(try await HubSyncJobs.make(
            configuration: configuration, stores: stores, adapters: adapters, processor: processor, environment: [:], logger: Logger(label: "test")
        ).isEmpty)

        let lastRun = Date(timeIntervalSince1970: 1_750_000_000)
        stores.sync = FixedSyncStore(
            fixedRuns: [SyncRun(id: 7, supplier: SupplierID("stratus-hosting")!, resource: "incidents", mode: .incremental, channel: .poll, startedAt: lastRun)],
            watermarks: [:]
        )
        let jobs = try await HubSyncJobs.make(
            configuration: configuration, stores: stores, adapters: adapters, processor: processor, environment: [:], logger: Logger(label: "test")
        )
        let described = jobs.map { "\($0.supplier) \($0.kind.rawValue)" }.sorted()
        #expect(described == ["m365 pull", "stratus-hosting fileDrop", "stratus-hosting pull"])
        let pull = try #require(jobs.first { $0.supplier == SupplierID("stratus-hosting")! && $0.kind == .pull })
        #expect(pull.lastRunAt == lastRun)
        #expect(pull.schedule == .cron(try CronExpression.parse("0 2 * * *").get(), timeZone: try #require(TimeZone(identifier: "Europe/London"))))
        let drop = try #require(jobs.first { $0.kind == .fileDrop })
        #expect(drop.schedule == .interval(300))
        #expect(jobs.first { $0.supplier == SupplierID("m365")! }?.schedule == .interval(900))
    }
}
