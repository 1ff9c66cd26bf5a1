import AccordCore
import AccordFederation
import AccordTestSupport
import Foundation
import Testing

private typealias F = CMDBFixture

@Suite("Removing source records deleted at the source")
struct RemovalTests {
    static func store(_ backend: StoreBackend) throws -> (any CMDBStore, (any Sendable)?) {
        let (stores, keepAlive) = try backend.makeStores()
        return (stores.cmdb, keepAlive)
    }

    @Test("the golden CI is recomputed from the records that remain; a CI left with no record is gone", arguments: StoreBackend.allCases)
    func recompute(backend: StoreBackend) async throws {
        let (store, keepAlive) = try Self.store(backend)
        defer { withExtendedLifetime(keepAlive) {} }
        let cmdb = F.cmdb(store: store)
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", name: "web01-hosting", [(.serialNumber, "SN-100")], attributes: ["os": "Linux"]),
            F.item(F.network, "n-1", name: "WEB01", [(.serialNumber, "sn100"), (.macAddress, "00-1A-2B-3C-4D-5E")], at: 60),
            F.item(F.hosting, "h-2", name: "db01", [(.serialNumber, "SN-200")]),
        ])
        #expect(try await F.goldens(cmdb).count == 2)
        let hostingRef = SourceRecordRef(supplier: F.hosting, sourceKey: "h-1")

        let summary = try await cmdb.remove([hostingRef, SourceRecordRef(supplier: F.hosting, sourceKey: "h-2")])
        #expect(summary.changedRecords == 2)
        let goldens = try await F.goldens(cmdb)
        #expect(goldens.count == 1)
        let remaining = try #require(goldens.first)
        #expect(remaining.sources.map(\.supplier) == [F.network])
        #expect(remaining.name?.value == "WEB01")
        #expect(try await store.records([hostingRef]).isEmpty)
        #expect(try await store.clusterID(of: hostingRef) == nil)

        // Removing what is not there changes nothing.
        #expect(try await cmdb.remove([hostingRef]).changedRecords == 0)
        #expect(try await F.goldens(cmdb).count == 1)
    }
}
