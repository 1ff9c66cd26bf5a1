import AccordCore
import AccordFederation
import Testing

@Suite("Relationships and impact")
struct GraphTests {
    typealias F = CMDBFixture

    private func relationship(_ supplier: SupplierID, _ from: String, _ type: RelationshipType, _ to: String) -> SourceRelationship {
        SourceRelationship(supplier: supplier, from: from, to: to, type: type, observedAt: F.base, channel: .poll)
    }

    /// Hosting: vm-1 hosted on host-1. Apps: app-1 runs on srv (= vm-1 by FQDN), db-1 ← app-1 dependsOn.
    private func graph(_ cmdb: FederatedCMDB) async throws {
        try await cmdb.ingest([
            F.item(F.hosting, "host-1", [(.serialNumber, "HOST1")]),
            F.item(F.hosting, "vm-1", [(.serialNumber, "VM1"), (.fqdn, "erp.corp.example")]),
            F.item(F.apps, "srv", [(.fqdn, "ERP.corp.example.")]),
            F.item(F.apps, "app-1", class: "application", name: "ERP"),
            F.item(F.apps, "db-1", class: "application", name: "ERP DB"),
        ])
        try await cmdb.ingest(relationships: [
            relationship(F.hosting, "vm-1", .hostedOn, "host-1"),
            relationship(F.apps, "app-1", .runsOn, "srv"),
            relationship(F.apps, "app-1", .dependsOn, "db-1"),
        ])
    }

    @Test("relationships from different suppliers attach to the identified CIs, with provenance")
    func attach() async throws {
        let cmdb = F.cmdb()
        try await graph(cmdb)
        let vm = try #require(try await F.clusterID(cmdb, F.hosting, "vm-1"))
        let edges = try await cmdb.relationships(of: vm, depth: 1)
        #expect(edges.count == 2)
        #expect(Set(edges.map(\.relationship.supplier)) == [F.hosting, F.apps])
        #expect(try await cmdb.relationships(of: vm, depth: 2).count == 3)
    }

    @Test("impact climbs dependants and names the affected services")
    func impact() async throws {
        var rules = CMDBRules.defaults
        rules.serviceCIs = ["hosted-apps": [Identifier(kind: .name, value: "erp")], "workplace": [Identifier(kind: .serialNumber, value: "none")]]
        let cmdb = F.cmdb(rules: rules)
        try await graph(cmdb)
        try await cmdb.ingest([F.item(F.apps, "app-1", class: "application", name: "ERP", [(.name, "ERP")], at: 60)])
        let host = try #require(try await F.clusterID(cmdb, F.hosting, "host-1"))
        let report = try await cmdb.impact(of: host, maxDepth: 10)
        #expect(report.cis.map(\.depth) == [1, 2])
        #expect(report.cis.last?.id == (try await F.clusterID(cmdb, F.apps, "app-1")))
        #expect(report.services == ["hosted-apps"])
        #expect(try await cmdb.impact(of: host, maxDepth: 1).cis.count == 1)
        let db = try #require(try await F.clusterID(cmdb, F.apps, "db-1"))
        #expect(try await cmdb.impact(of: db, maxDepth: 5).cis.count == 1)
    }

    @Test("impact through a cycle visits each CI once and terminates")
    func cycle() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest(["a", "b", "c"].map { F.item(F.apps, $0, class: "application", name: $0) })
        try await cmdb.ingest(relationships: [
            relationship(F.apps, "a", .dependsOn, "b"), relationship(F.apps, "b", .dependsOn, "c"), relationship(F.apps, "c", .dependsOn, "a"),
        ])
        let a = try #require(try await F.clusterID(cmdb, F.apps, "a"))
        let report = try await cmdb.impact(of: a, maxDepth: 100)
        #expect(report.cis.map(\.depth) == [1, 2])
        #expect(!report.cis.map(\.id).contains(a))
    }
}
