import AccordConfig
import AccordCore
import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// Just the reads `GET /api/v1/suppliers/{id}/sync` makes, with fixed runs and watermarks.
struct FixedSyncStore: SyncStore {
    var fixedRuns: [SyncRun]
    var watermarks: [String: Date]

    func startOrResume(supplier: SupplierID, resource: String, mode: SyncMode, channel: Channel, at: Date) async throws -> SyncRun {
        SyncRun(id: 0, supplier: supplier, resource: resource, mode: mode, channel: channel, startedAt: at)
    }
    func commitPage(_ run: SyncRun, records: [SyncedRecord], page: SyncedPage?) async throws {}
    func unchangedPage(supplier: SupplierID, resource: String, contentHash: String) async throws -> SyncedPage? { nil }
    func commitUnchangedPage(_ run: SyncRun, page: SyncedPage, markSeen: Bool) async throws {}
    func finish(_ run: SyncRun) async throws {}
    func watermark(supplier: SupplierID, resource: String) async throws -> Date? { watermarks["\(supplier)/\(resource)"] }
    func records(supplier: SupplierID, resource: String) async throws -> [String: SyncedRecord] { [:] }
    func records(supplier: SupplierID, resource: String, externalIDs: [String]) async throws -> [String: SyncedRecord] { [:] }
    func unseenRecords(supplier: SupplierID, resource: String, run: Int64) async throws -> [SyncedRecord] { [] }
    func updateMissing(_ records: [SyncedRecord], deleted: [String], supplier: SupplierID, resource: String) async throws {}
    func runs(supplier: SupplierID?, limit: Int) async throws -> [SyncRun] {
        Array(fixedRuns.filter { run in supplier.map { run.supplier == $0 } ?? true }.sorted { $0.id > $1.id }.prefix(limit))
    }
    func hasImportedFile(supplier: SupplierID, contentHash: String) async throws -> Bool { false }
    func recordImportedFile(supplier: SupplierID, contentHash: String, name: String, at: Date, imported: Bool) async throws {}
    func lastImportedFile(supplier: SupplierID) async throws -> Date? { nil }
}

@Suite("GET /api/v1/suppliers/{id}/sync")
struct SupplierSyncRouteTests {
    static let stratus = SupplierID("stratus-hosting")!
    static let m365 = SupplierID("m365")!

    func app(_ hub: APITestHub) async throws -> some ApplicationProtocol {
        let finished = APITestHub.start.addingTimeInterval(-3_600)
        var stores = hub.stores
        stores.sync = FixedSyncStore(
            fixedRuns: [
                SyncRun(id: 1, supplier: Self.stratus, resource: "incidents", mode: .incremental, channel: .poll, startedAt: finished.addingTimeInterval(-60),
                        finishedAt: finished, status: .completed, pages: 3, watermarkAfter: finished.addingTimeInterval(-120)),
                SyncRun(id: 2, supplier: Self.stratus, resource: "servers", mode: .incremental, channel: .poll, startedAt: finished,
                        finishedAt: finished.addingTimeInterval(5), status: .failed, error: "retryBudgetExhausted: …"),
            ],
            watermarks: ["stratus-hosting/incidents": finished.addingTimeInterval(-120)]
        )
        let clock = hub.clock
        return try await buildApplication(configuration: hub.configuration, stores: stores, now: { clock.now }, runsInboxWorker: false, logger: Logger(label: "test"))
    }

    @Test("the integrator sees runs, per-resource watermarks and freshness; a feed never synced is overdue with a warning")
    func integratorView() async throws {
        let hub = try await APITestHub()
        try await app(hub).test(.router) { client in
            try await client.execute(uri: "/api/v1/suppliers/stratus-hosting/sync", method: .get, headers: hub.headers(.integrator)) { response in
                #expect(response.status == .ok)
                let body = APITestHub.json(response.body)
                #expect(body["supplier"] as? String == "stratus-hosting")
                #expect(body["schedule"] as? String == "cron 0 2 * * * Europe/London")
                let resources = try #require(body["resources"] as? [[String: Any]])
                #expect(resources.map { $0["name"] as? String } == ["incidents", "servers"])
                #expect(resources[0]["watermark"] as? String == "2024-03-04T23:51:20Z")
                #expect(resources[1]["watermark"] == nil)
                #expect((resources[1]["lastRun"] as? [String: Any])?["status"] as? String == "failed")
                #expect((body["runs"] as? [Any])?.count == 2)
                let freshness = try #require(body["freshness"] as? [String: Any])
                #expect(freshness["overdue"] as? Bool == false)
                #expect((body["warnings"] as? [String])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/suppliers/m365/sync", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .ok)
                let body = APITestHub.json(response.body)
                #expect((body["freshness"] as? [String: Any])?["overdue"] as? Bool == true)
                #expect((body["warnings"] as? [String])?.first?.hasPrefix("WARNING overdue") == true)
            }
        }
    }

    @Test("a supplier token sees its own sync only; another supplier's id, an unknown id or an unsynced supplier answer 404")
    func supplierIsolation() async throws {
        let hub = try await APITestHub()
        let stratusToken = try await ApiTokenIssuer(tokens: hub.stores.tokens)
            .create(principal: .supplier(Self.stratus), name: "stratus", now: APITestHub.start).secret
        try await app(hub).test(.router) { client in
            let own: HTTPFields = [.authorization: "Bearer \(stratusToken)"]
            try await client.execute(uri: "/api/v1/suppliers/stratus-hosting/sync", method: .get, headers: own) { response in
                #expect(response.status == .ok)
            }
            for path in ["m365", "nobody", "frontline-desk"] {
                try await client.execute(uri: "/api/v1/suppliers/\(path)/sync", method: .get, headers: own) { response in
                    #expect(response.status == .notFound)
                    #expect(APITestHub.errorCode(response.body) == "sync.supplier_not_found")
                }
            }
            try await client.execute(uri: "/api/v1/suppliers/stratus-hosting/sync", method: .get, headers: hub.headers(.supplier(APITestHub.netnova))) { response in
                #expect(response.status == .notFound)
                #expect(APITestHub.errorCode(response.body) == "sync.supplier_not_found")
            }
            try await client.execute(uri: "/api/v1/suppliers/stratus-hosting/sync", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }
}
