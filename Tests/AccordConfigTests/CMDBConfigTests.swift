import AccordConfig
import AccordCore
import AccordFederation
import AccordTestSupport
import Foundation
import Testing

@Suite("cmdb.yaml")
struct CMDBConfigTests {
    @Test("the sample cmdb.yaml loads: ordered sets, policies, precedence and service CIs")
    func sample() throws {
        let configuration = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path)
        let server = configuration.cmdb.rule(for: "server")
        #expect(server.identifierSets.map(\.description) == ["serialNumber", "fqdn", "hostname+attribute:domain", "attribute:cloudProvider+cloudResourceId"])
        #expect(server.precedence(for: "os") == [.supplier(SupplierID("stratus-hosting")!), .tier(.integrate)])
        #expect(configuration.cmdb.rule(for: "network_device").multiMatch == .linkOldest)
        #expect(configuration.cmdb.serviceCIs["hosted-apps"] == [Identifier(kind: .fqdn, value: "erp.corp.example")])
    }

    @Test("without cmdb.yaml the documented defaults apply")
    func defaults() throws {
        let fixture = try ConfigFixture()
        try FileManager.default.removeItem(atPath: fixture.directory + "/cmdb.yaml")
        #expect(try ConfigLoader.load(directory: fixture.directory).cmdb == .defaults)
    }

    @Test("unknown keys, IP-only sets, bad policies, unknown suppliers and services are located errors")
    func diagnostics() throws {
        let fixture = try ConfigFixture()
        try fixture.write("cmdb.yaml", """
            classes:
              server:
                identify:
                  - [ipAddress]
                multiMatch: merge
                colour: blue
                precedence:
                  "*": [nobody-here, tier:gold]
            services:
              no-such-service: []
            """)
        let found = try fixture.diagnostics()
        let file = fixture.displayPath("cmdb.yaml")
        #expect(found.contains("\(file):4:9: error: an IP address alone never identifies a CI (addresses are shared and reused); add another identifier to this set"))
        #expect(found.contains("\(file):4:7: error: 'identify' must list at least one identifier set"))
        #expect(found.contains("\(file):5:17: error: 'multiMatch' must be one of park, linkOldest (found 'merge')"))
        #expect(found.contains { $0.hasPrefix("\(file):6:5: error: unknown key 'colour' in class 'server'") })
        #expect(found.contains { $0.hasPrefix("\(file):8:13: error: supplier 'nobody-here' is not defined") })
        #expect(found.contains { $0.hasPrefix("\(file):8:26: error: 'tier:gold' is neither a supplier id nor one of") })
        #expect(found.contains { $0.hasPrefix("\(file):10:3: error: service 'no-such-service' is not defined") })
    }
}
