import AccordConfig
import AccordCore
import AccordServer
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Testing

@Suite("accord cmdb search, show, conflicts, link")
struct CMDBCommandTests {
    /// Two servers share a hostname and domain but have different serials (look-alikes); a third
    /// record carries only that hostname and domain, so it matches both and is parked.
    private func seededHub() async throws -> (fixture: ConfigFixture, work: TemporaryDirectory) {
        let fixture = try ConfigFixture()
        let work = try TemporaryDirectory(prefix: "accord-cmdb-cli")
        let path = work.file("hub.sqlite")
        try fixture.replace("path: ./accord.sqlite", with: "path: \(path)", in: "hub.yaml")
        let configuration = try ConfigLoader.load(directory: fixture.directory)
        let database = try SQLiteDatabase(path: path)
        let cmdb = configuration.federatedCMDB(store: database.stores.cmdb)
        let observed = Date(timeIntervalSince1970: 1_790_000_000)
        func server(_ supplier: String, _ key: String, serial: String?, attributes: [String: String] = [:], later: Double = 0) -> ConfigurationItem {
            var identifiers = [Identifier(kind: .hostname, value: "lon-app-01")]
            if let serial { identifiers.append(Identifier(kind: .serialNumber, value: serial)) }
            return ConfigurationItem(
                id: CIID("CI-\(supplier)-\(key)"), supplier: SupplierID(supplier)!, sourceKey: key, ciClass: "server", name: "lon-app-01",
                identifiers: identifiers, attributes: ["domain": "corp.example"].merging(attributes) { $1 }, observedAt: observed + later, channel: .poll
            )
        }
        _ = try await cmdb.ingest([
            server("stratus-hosting", "srv-1", serial: "SN-1", attributes: ["os": "Debian 12"]),
            server("netnova", "nn-9", serial: "SN-2"),
            server("frontline-desk", "asset-77", serial: nil, later: 3600),  // seen last: matches both
        ])
        try database.close()
        return (fixture, work)
    }

    @Test("conflicts lists the parked record; link resolves it onto the chosen CI")
    func parkAndLink() async throws {
        let hub = try await seededHub()
        let before = try AccordBinary.run(["cmdb", "conflicts", "--config", hub.fixture.directory])
        #expect(before.status == 0)
        #expect(before.standardOutput.contains("frontline-desk/asset-77"))
        let search = try AccordBinary.run(["cmdb", "search", "--identifier", "serialNumber:SN-1", "--config", hub.fixture.directory])
        #expect(search.status == 0)
        let line = try #require(search.standardOutput.split(separator: "\n").first { $0.contains("lon-app-01") })
        let ci = String(line.split(separator: "\t")[0])
        #expect(line.hasSuffix("1 source"))

        let link = try AccordBinary.run(["cmdb", "link", "frontline-desk/asset-77", "--to", "stratus-hosting/srv-1", "--config", hub.fixture.directory])
        #expect(link.status == 0)
        #expect(link.standardOutput.contains("frontline-desk/asset-77 linked to \(ci)"))

        let show = try AccordBinary.run(["cmdb", "show", ci, "--config", hub.fixture.directory])
        #expect(show.status == 0)
        #expect(show.standardOutput.contains("asset-77"))
        #expect(show.standardOutput.contains("Debian 12"))
        let after = try AccordBinary.run(["cmdb", "conflicts", "--config", hub.fixture.directory])
        #expect(!after.standardOutput.contains("parked"))
    }

    @Test("show refuses an unknown CI")
    func unknownCI() async throws {
        let hub = try await seededHub()
        let result = try AccordBinary.run(["cmdb", "show", "GCI-nope", "--config", hub.fixture.directory])
        #expect(result.status != 0)
    }
}
