import AccordConnectors
import AccordCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The refs handed to the federated CMDB for removal.
final class RemovedRefs: Sendable {
    let refs = Mutex<[SourceRecordRef]>([])
}

@Suite("Missing-record policies on full runs")
struct MissingRecordPolicyTests {
    static let resource = SyncResource(name: "servers", path: "/api/now/table/cmdb_ci_server", pagination: .offsetLimit(limit: 3))

    func settings(port: Int, _ policy: MissingRecordPolicy) -> SyncSettings {
        SyncSettings(
            baseURL: URL(string: "http://127.0.0.1:\(port)"), authentication: .basic(userVariable: "STRATUS_USER", passwordVariable: "STRATUS_PASSWORD"),
            resources: [Self.resource], mode: .full, missingRecords: policy, requestTimeout: 2
        )
    }

    /// Syncs 5 servers, deletes one at the source, then runs `runs` more full syncs.
    func scenario(_ policy: MissingRecordPolicy, runs: Int, unfederated: RemovedRefs = RemovedRefs()) async throws -> (SyncHarness, [SyncRun], String) {
        let fake = FakeCMDB(count: 5)
        let harness = try SyncHarness()
        let gone = try #require(await fake.servers.keys.sorted().first)
        let results = Mutex<[SyncRun]>([])
        let app = Application(router: fake.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let handler = VanishedRecordHandler.configurationItems(harness.stores.configurationItems, unfederate: { refs in unfederated.refs.withLock { $0 += refs } })
            let sync = harness.sync(settings(port: port, policy), transport: URLSessionTransport(), vanished: handler)
            let first = try await sync.run(Self.resource, mode: .full)
            #expect(first.status == .completed && first.counts.created == 5, "\(first.error ?? "")")
            await fake.remove(gone)
            for _ in 0..<runs {
                let run = try await sync.run(Self.resource, mode: .full)
                results.withLock { $0.append(run) }
            }
        }
        return (harness, results.withLock { $0 }, gone)
    }

    @Test("ignore: the vanished record is counted every full run and kept as it was")
    func ignore() async throws {
        let (harness, runs, gone) = try await scenario(.ignore, runs: 2)
        #expect(runs.map(\.counts.vanished) == [1, 1])
        #expect(runs.map(\.counts.deleted) == [0, 0] && runs.map(\.counts.retired) == [0, 0])
        let item = try await harness.stores.configurationItems.item(supplier: harness.supplier.id, sourceKey: gone)
        #expect(item?.attributes["status"] != "retired")
    }

    @Test("retireAfter:2: retired on the second consecutive missing full run, and only then")
    func retireAfter() async throws {
        let (harness, runs, gone) = try await scenario(.retireAfter(runs: 2), runs: 3)
        #expect(runs.map(\.counts.vanished) == [1, 1, 1])
        #expect(runs.map(\.counts.retired) == [0, 1, 0])
        let item = try await harness.stores.configurationItems.item(supplier: harness.supplier.id, sourceKey: gone)
        #expect(item?.attributes["status"] == "retired")
        #expect(try await harness.stores.configurationItems.items(of: harness.supplier.id).count == 5)
    }

    @Test("delete: the CI source record is really deleted, handed to the federated CMDB, and counted")
    func delete() async throws {
        let unfederated = RemovedRefs()
        let (harness, runs, gone) = try await scenario(.delete, runs: 2, unfederated: unfederated)
        #expect(runs.map(\.counts.vanished) == [1, 0])  // once deleted it is no longer known, so not reported again
        #expect(runs.map(\.counts.deleted) == [1, 0])
        #expect(try await harness.stores.configurationItems.item(supplier: harness.supplier.id, sourceKey: gone) == nil)
        #expect(try await harness.stores.configurationItems.items(of: harness.supplier.id).count == 4)
        #expect(unfederated.refs.withLock { $0 } == [SourceRecordRef(supplier: harness.supplier.id, sourceKey: gone)])
        #expect(try await harness.database.syncStore.records(supplier: harness.supplier.id, resource: "servers").count == 4)
    }
}
