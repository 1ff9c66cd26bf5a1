import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("CMDBStore contract")
struct CMDBStoreContractTests {
    static let supplier = DomainSamples.stratus

    private func record(_ key: String, keys: [String], serial: String = "S1", name: String = "web") -> CMDBSourceRecord {
        let item = ConfigurationItem(id: CIID("CI-\(key)"), supplier: Self.supplier, sourceKey: key, ciClass: "server", name: name,
                                     identifiers: [Identifier(kind: .serialNumber, value: serial)], attributes: ["os": "Linux"],
                                     observedAt: DomainSamples.preciseInstant, channel: .poll)
        return CMDBSourceRecord(item: item, firstSeen: DomainSamples.preciseInstant, normalizedIdentifiers: item.identifiers, matchKeys: keys)
    }

    private func ref(_ key: String) -> SourceRecordRef { SourceRecordRef(supplier: Self.supplier, sourceKey: key) }

    @Test("records round-trip, are found by key, and re-saving replaces keys and returns the old record", arguments: StoreBackend.allCases)
    func records(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let first = record("a", keys: ["serialNumber=S1"])
            #expect(try await stores.cmdb.saveRecords([first, record("b", keys: ["serialNumber=S2"], serial: "S2")]).isEmpty)
            #expect(try await stores.cmdb.records([ref("a")]) == [first])
            #expect(try await stores.cmdb.records(sharingKeys: ["serialNumber=S1", "none"]) == [first])
            let second = record("a", keys: ["serialNumber=S3"])
            #expect(try await stores.cmdb.saveRecords([second]) == [first])
            #expect(try await stores.cmdb.records(sharingKeys: ["serialNumber=S1"]).isEmpty)
        }
    }

    @Test("apply replaces the clusters, links and conflicts of a component; queries filter and page", arguments: StoreBackend.allCases)
    func clusters(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            _ = try await stores.cmdb.saveRecords([record("a", keys: []), record("b", keys: [], serial: "S2", name: "db")])
            let merged = CMDBCluster(id: "GCI-1", ciClass: "server", founder: ref("a"), members: [ref("a"), ref("b")])
            let conflict = CMDBConflict(kind: .attributeDisagreement, ci: "GCI-1", records: [ref("a"), ref("b")], attribute: "name", detail: "differs")
            try await stores.cmdb.apply(CMDBComponentUpdate(records: [ref("a"), ref("b")], clusters: [merged], conflicts: [conflict]))
            #expect(try await stores.cmdb.cluster("GCI-1") == merged)
            #expect(try await stores.cmdb.clusterID(of: ref("b")) == "GCI-1")
            #expect(try await stores.cmdb.conflicts() == [conflict])
            let split = [CMDBCluster(id: "GCI-2", ciClass: "server", founder: ref("a"), members: [ref("a")]),
                         CMDBCluster(id: "GCI-3", ciClass: "router", founder: ref("b"), members: [ref("b")])]
            try await stores.cmdb.apply(CMDBComponentUpdate(records: [ref("a"), ref("b")], clusters: split, conflicts: []))
            #expect(try await stores.cmdb.cluster("GCI-1") == nil)
            #expect(try await stores.cmdb.conflicts().isEmpty)
            #expect(try await stores.cmdb.clusters(matching: CIQuery()).map(\.id) == ["GCI-2", "GCI-3"])
            #expect(try await stores.cmdb.clusters(matching: CIQuery(ciClass: "router")).map(\.id) == ["GCI-3"])
            #expect(try await stores.cmdb.clusters(matching: CIQuery(identifier: Identifier(kind: .serialNumber, value: "S2"))).map(\.id) == ["GCI-3"])
            #expect(try await stores.cmdb.clusters(matching: CIQuery(text: "DB")).map(\.id) == ["GCI-3"])
            #expect(try await stores.cmdb.clusters(matching: CIQuery(supplier: Self.supplier, offset: 1, limit: 5)).map(\.id) == ["GCI-3"])
        }
    }

    @Test("relationships resolve to golden CIs for impact and edges; resolutions are found from either side", arguments: StoreBackend.allCases)
    func graph(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            _ = try await stores.cmdb.saveRecords(["app", "host", "grp"].map { record($0, keys: []) })
            try await stores.cmdb.apply(CMDBComponentUpdate(records: ["app", "host", "grp"].map(ref), clusters: ["app", "host", "grp"].map {
                CMDBCluster(id: CIID("GCI-\($0)"), ciClass: "server", founder: ref($0), members: [ref($0)])
            }, conflicts: []))
            let runsOn = SourceRelationship(supplier: Self.supplier, from: "app", to: "host", type: .runsOn, observedAt: DomainSamples.preciseInstant, channel: .poll)
            let member = SourceRelationship(supplier: Self.supplier, from: "host", to: "grp", type: .memberOf, observedAt: DomainSamples.preciseInstant, channel: .poll)
            try await stores.cmdb.saveRelationships([runsOn, member])
            #expect(try await stores.cmdb.impactNeighbours(of: ["GCI-host"]) == ["GCI-host": ["GCI-app", "GCI-grp"]])
            #expect(try await stores.cmdb.goldenEdges(of: ["GCI-app"]) == [GoldenEdge(from: "GCI-app", to: "GCI-host", relationship: runsOn)])
            #expect(try await stores.cmdb.relationships(touching: [ref("host")]) == [runsOn, member])
            let link = CMDBResolution(record: ref("app"), action: .link(anchor: ref("host")))
            try await stores.cmdb.saveResolution(link)
            #expect(try await stores.cmdb.resolutions(involving: [ref("host")]) == [link])
            try await stores.cmdb.saveResolution(CMDBResolution(record: ref("app"), action: .split))
            #expect(try await stores.cmdb.resolutions(involving: [ref("app")]) == [CMDBResolution(record: ref("app"), action: .split)])
        }
    }
}
