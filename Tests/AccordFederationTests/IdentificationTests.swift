import AccordCore
import AccordFederation
import Testing

@Suite("Identification rules")
struct IdentificationTests {
    typealias F = CMDBFixture

    @Test("the same server reported through different identifier spellings becomes one CI")
    func mergesBySerial() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", name: "web01", [(.serialNumber, "SN-100 A")]),
            F.item(F.network, "n-1", name: "WEB01", [(.serialNumber, "sn100a"), (.macAddress, "00-1A-2B-3C-4D-5E")], at: 60),
        ])
        let goldens = try await F.goldens(cmdb)
        #expect(goldens.count == 1)
        #expect(goldens.first?.sources.count == 2)
    }

    @Test("identifier sets apply in order: a later set links records that share no earlier identifier")
    func laterSetLinks() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", [(.serialNumber, "S1"), (.fqdn, "app.corp.example")]),
            F.item(F.apps, "a-1", [(.fqdn, "APP.corp.example.")], at: 60),
            F.item(F.desk, "d-1", [(.hostname, "app")], attributes: ["domain": "corp.example"], at: 120),
        ])
        #expect(try await F.goldens(cmdb).count == 2)
        #expect(try await F.clusterID(cmdb, F.hosting, "h-1") == F.clusterID(cmdb, F.apps, "a-1"))
    }

    @Test("a stronger identifier that disagrees vetoes a weaker match: look-alikes stay apart")
    func vetoByStrongerSet() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", [(.serialNumber, "S1"), (.hostname, "web01")], attributes: ["domain": "corp.example"]),
            F.item(F.network, "n-1", [(.serialNumber, "S2"), (.hostname, "web01")], attributes: ["domain": "corp.example"], at: 60),
        ])
        #expect(try await F.goldens(cmdb).count == 2)
        #expect(try await cmdb.conflicts().isEmpty)
    }

    @Test("a shared IP address alone never merges, even when a rule lists it on its own")
    func sharedIPNeverMerges() async throws {
        let rules = F.rules { $0.identifierSets.insert(IdentifierSet([.identifier(.ipAddress)]), at: 0) }
        let cmdb = F.cmdb(rules: rules)
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", [(.ipAddress, "10.0.0.5")]),
            F.item(F.network, "n-1", [(.ipAddress, "010.000.000.005")], at: 60),
        ])
        #expect(try await F.goldens(cmdb).count == 2)
    }

    @Test("a record re-sent under its source key updates its own record and keeps its CI")
    func sourceKeyFastPath() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([F.item(F.hosting, "h-1", name: "old", [(.serialNumber, "S1")])])
        let before = try await F.clusterID(cmdb, F.hosting, "h-1")
        try await cmdb.ingest([F.item(F.hosting, "h-1", name: "new", [(.serialNumber, "S1"), (.fqdn, "x.example")], at: 60)])
        let goldens = try await F.goldens(cmdb)
        #expect(goldens.map(\.id) == [try #require(before)])
        #expect(goldens.first?.name?.value == "new")
        #expect(goldens.first?.sources.count == 1)
    }

    @Test("an older report of a stored record is ignored")
    func olderReportIgnored() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([F.item(F.hosting, "h-1", name: "newer", [(.serialNumber, "S1")], at: 600)])
        let summary = try await cmdb.ingest([F.item(F.hosting, "h-1", name: "older", [(.serialNumber, "S1")], at: 0)])
        #expect(summary.changedRecords == 1)
        #expect(try await F.goldens(cmdb).first?.name?.value == "newer")
    }

    /// A(S1, F) and B(S2, F) are two CIs; C(F) matches both by FQDN.
    private func ambiguous(_ cmdb: FederatedCMDB) async throws {
        try await cmdb.ingest([
            F.item(F.hosting, "a", [(.serialNumber, "S1"), (.fqdn, "shared.example")]),
            F.item(F.network, "b", [(.serialNumber, "S2"), (.fqdn, "shared.example")], at: 60),
            F.item(F.apps, "c", [(.fqdn, "shared.example")], at: 120),
        ])
    }

    @Test("several matches under `park` leave the record unlinked and list it")
    func parksMultiMatch() async throws {
        let cmdb = F.cmdb()
        try await ambiguous(cmdb)
        #expect(try await F.goldens(cmdb).count == 2)
        #expect(try await F.clusterID(cmdb, F.apps, "c") == nil)
        let conflicts = try await cmdb.conflicts()
        #expect(conflicts.map(\.kind) == [.parkedMultiMatch])
        #expect(conflicts.first?.candidates.count == 2)
    }

    @Test("several matches under `linkOldest` link to the oldest CI and flag the rest as duplicates")
    func linksOldest() async throws {
        let cmdb = F.cmdb(rules: F.rules { $0.multiMatch = .linkOldest })
        try await ambiguous(cmdb)
        let oldest = try #require(try await F.clusterID(cmdb, F.hosting, "a"))
        let other = try #require(try await F.clusterID(cmdb, F.network, "b"))
        #expect(try await F.clusterID(cmdb, F.apps, "c") == oldest)
        let conflicts = try await cmdb.conflicts()
        #expect(conflicts.map(\.kind) == [.duplicate])
        #expect(conflicts.first?.ci == oldest)
        #expect(conflicts.first?.candidates == [other])
    }

    @Test("a reviewer's link resolves a parked record; split separates a merged one")
    func linkAndSplit() async throws {
        let cmdb = F.cmdb()
        try await ambiguous(cmdb)
        try await cmdb.resolve(CMDBResolution(record: .init(supplier: F.apps, sourceKey: "c"), action: .link(anchor: .init(supplier: F.network, sourceKey: "b"))))
        #expect(try await F.clusterID(cmdb, F.apps, "c") == F.clusterID(cmdb, F.network, "b"))
        #expect(try await cmdb.conflicts().isEmpty)

        try await cmdb.ingest([F.item(F.desk, "d", [(.serialNumber, "S1")], at: 180)])
        #expect(try await F.clusterID(cmdb, F.desk, "d") == F.clusterID(cmdb, F.hosting, "a"))
        try await cmdb.resolve(CMDBResolution(record: .init(supplier: F.desk, sourceKey: "d"), action: .split))
        #expect(try await F.clusterID(cmdb, F.desk, "d") != F.clusterID(cmdb, F.hosting, "a"))
        #expect(try await F.goldens(cmdb).count == 3)
    }

    @Test("a record of an incompatible class matching a CI is parked as a class conflict")
    func incompatibleClass() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", [(.serialNumber, "S1")]),
            F.item(F.network, "n-1", class: "network_device", [(.serialNumber, "s-1")], at: 60),
        ])
        #expect(try await F.goldens(cmdb).count == 1)
        #expect(try await F.clusterID(cmdb, F.network, "n-1") == nil)
        #expect(try await cmdb.conflicts().map(\.kind) == [.incompatibleClass])
    }

    @Test("applications are identified by name and owning supplier")
    func applications() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([
            F.item(F.apps, "a-1", class: "application", name: "Payroll"),
            F.item(F.apps, "a-2", class: "application", name: " payroll ", at: 60),
            F.item(F.desk, "d-1", class: "application", name: "Payroll", at: 120),
        ])
        #expect(try await F.goldens(cmdb).count == 2)
        #expect(try await F.clusterID(cmdb, F.apps, "a-1") == F.clusterID(cmdb, F.apps, "a-2"))
    }

    @Test("a changed record re-evaluates its component: dropping the shared identifier splits it off")
    func incremental() async throws {
        let cmdb = F.cmdb()
        try await cmdb.ingest([F.item(F.hosting, "h-1", [(.serialNumber, "S1")]), F.item(F.network, "n-1", [(.serialNumber, "S1")], at: 60)])
        #expect(try await F.goldens(cmdb).count == 1)
        let summary = try await cmdb.ingest([F.item(F.network, "n-1", [(.serialNumber, "S9")], at: 120), F.item(F.desk, "x", [(.serialNumber, "OTHER")])])
        #expect(summary.componentRecords == 3)
        #expect(try await F.goldens(cmdb).count == 3)
    }
}
