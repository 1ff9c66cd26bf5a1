import AccordCore
import AccordFederation
import Testing

@Suite("Golden records")
struct GoldenRecordTests {
    typealias F = CMDBFixture

    /// One server seen by the hosting (interface), network (integrate) and desk (use) suppliers.
    private func server(_ cmdb: FederatedCMDB, hostingAge: Double = 0, deskOS: String? = nil) async throws -> GoldenRecord {
        var deskAttributes = ["location": "LON-2"]
        if let deskOS { deskAttributes["os"] = deskOS }
        try await cmdb.ingest([
            F.item(F.hosting, "h-1", name: "web01", [(.serialNumber, "S1")], attributes: ["os": "RHEL 9", "location": "LON-1", "cpu": "8"],
                   at: F.day * (10 - hostingAge), channel: .fileDrop),
            F.item(F.network, "n-1", name: "web01.corp", [(.serialNumber, "S1")], attributes: ["os": "Linux", "location": ""], at: F.day * 5, channel: .webhook),
            F.item(F.desk, "d-1", name: "WEB01", [(.serialNumber, "S1")], attributes: deskAttributes, at: F.day * 9, channel: .nativeAPI),
        ])
        return try #require(try await F.goldens(cmdb).first)
    }

    @Test("tier precedence picks the value; every attribute carries provenance and competing values")
    func tierPrecedence() async throws {
        let golden = try await server(F.cmdb())
        let location = try #require(golden.attributes["location"])
        #expect(location.value == "LON-2")
        #expect(location.provenance == Provenance(supplier: F.desk, sourceKey: "d-1", observedAt: F.base.addingTimeInterval(F.day * 9), channel: .nativeAPI))
        #expect(location.competing.map(\.value) == ["LON-1"])
        #expect(location.competing.first?.provenance.channel == .fileDrop)
        let os = try #require(golden.attributes["os"])
        #expect(os.value == "Linux")
        #expect(os.competing.map(\.value) == ["RHEL 9"])
        #expect(golden.name?.value == "WEB01")
    }

    @Test("ignore null: a source without a value never blanks a lower source's value")
    func ignoreNull() async throws {
        let golden = try await server(F.cmdb())
        #expect(golden.attributes["cpu"]?.value == "8")
        #expect(golden.attributes["location"]?.competing.map(\.provenance.supplier) == [F.hosting])
    }

    @Test("a supplier named for one attribute outranks the tiers for that attribute only")
    func supplierPrecedence() async throws {
        let rules = F.rules { $0.precedence["os"] = [.supplier(F.hosting)] }
        let golden = try await server(F.cmdb(rules: rules))
        #expect(golden.attributes["os"]?.value == "RHEL 9")
        #expect(golden.attributes["location"]?.value == "LON-2")
    }

    @Test("staleness: a higher source silent for longer than the window loses to a fresh lower one")
    func staleness() async throws {
        let rules = F.rules { $0.staleAfterDays = 3 }
        let golden = try await server(F.cmdb(rules: rules))
        // network (integrate) observed day 5, 5 days before now: stale; hosting (interface) day 10: fresh.
        #expect(golden.attributes["os"]?.value == "RHEL 9")
        #expect(golden.attributes["os"]?.competing.map(\.stale) == [true])
        let staleGolden = try await server(F.cmdb(rules: F.rules { $0.staleAfterDays = 0 }), hostingAge: 1)
        // Everything is stale: precedence decides among stale values.
        #expect(staleGolden.attributes["os"]?.value == "Linux")
        #expect(staleGolden.attributes["os"]?.competing.allSatisfy(\.stale) == true)
    }

    @Test("sources that disagree on an attribute are listed as conflicts; equal spellings are not")
    func disagreements() async throws {
        let cmdb = F.cmdb()
        _ = try await server(cmdb)
        let conflicts = try await cmdb.conflicts()
        #expect(conflicts.map(\.attribute) == ["location", "name", "os"])
        #expect(conflicts.allSatisfy { $0.kind == .attributeDisagreement })
        #expect(conflicts.first?.records.count == 2)
    }
}
