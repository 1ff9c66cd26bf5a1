import AccordConfig
import AccordCore
import AccordFederation
import AccordServer
import AccordTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite("CMDB routes")
struct CMDBRoutesTests {
    let configuration: AccordConfiguration
    static let observed = Date(timeIntervalSince1970: 1_772_323_200)
    /// The routes need a bearer token; these tests read as an integrator.
    static let auth: HTTPFields = [.authorization: "Bearer acc_cmdb-routes-test"]

    init() throws {
        configuration = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path)
    }

    private func item(_ supplier: String, _ key: String, class ciClass: String = "server", name: String, _ identifiers: [Identifier]) -> ConfigurationItem {
        ConfigurationItem(id: CIID("CI-\(key)"), supplier: SupplierID(supplier)!, sourceKey: key, ciClass: ciClass, name: name,
                          identifiers: identifiers, attributes: ["os": supplier == "netnova" ? "Linux" : "RHEL"], observedAt: Date(), channel: .poll)
    }

    /// ERP server seen by hosting and network; the ERP app runs on it; two look-alikes park a record.
    private func app() async throws -> (some ApplicationProtocol, FederatedCMDB) {
        let stores = AccordStores.memory()
        try await stores.tokens.insert(ApiToken(
            id: "tok_cmdb", principal: .integrator, name: "cmdb tests", digest: ApiTokenIssuer.digest(of: "acc_cmdb-routes-test"), createdAt: Self.observed
        ))
        let cmdb = configuration.federatedCMDB(store: stores.cmdb)
        try await cmdb.ingest([
            item("stratus-hosting", "h-1", name: "erp01", [Identifier(kind: .serialNumber, value: "SN-1"), Identifier(kind: .fqdn, value: "erp.corp.example")]),
            item("netnova", "n-1", name: "ERP01", [Identifier(kind: .serialNumber, value: "sn 1")]),
            item("netnova", "app", class: "application", name: "ERP", []),
        ])
        try await cmdb.ingest(relationships: [SourceRelationship(supplier: SupplierID("netnova")!, from: "app", to: "n-1", type: .runsOn, observedAt: Self.observed, channel: .webhook)])
        return (try await buildApplication(configuration: configuration, stores: stores, logger: Logger(label: "test")), cmdb)
    }

    private func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    private func errorCode(_ buffer: ByteBuffer) throws -> String? {
        (try json(buffer)["error"] as? [String: Any])?["code"] as? String
    }

    @Test("GET /api/v1/cis lists golden CIs with filters and paging")
    func list() async throws {
        let (application, _) = try await app()
        try await application.test(.router) { client in
            try await client.execute(uri: "/api/v1/cis?class=server&identifier=serialNumber:SN1", method: .get, headers: Self.auth) { response in
                #expect(response.status == .ok)
                let items = try #require(try json(response.body)["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect((items.first?["sources"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/api/v1/cis?limit=1", method: .get, headers: Self.auth) { response in
                let body = try json(response.body)
                #expect((body["items"] as? [Any])?.count == 1)
                #expect(body["hasMore"] as? Bool == true)
            }
            try await client.execute(uri: "/api/v1/cis?q=erp&supplier=netnova", method: .get, headers: Self.auth) { response in
                let items = try json(response.body)["items"] as? [Any]
                #expect(items?.count == 2)
            }
        }
    }

    @Test("GET /api/v1/cis/{id} answers the golden record with provenance and source records; unknown ids 404")
    func detail() async throws {
        let (application, cmdb) = try await app()
        let id = try #require(try await cmdb.store.clusterID(of: SourceRecordRef(supplier: SupplierID("netnova")!, sourceKey: "n-1")))
        try await application.test(.router) { client in
            try await client.execute(uri: "/api/v1/cis/\(id)", method: .get, headers: Self.auth) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                let ci = try #require(body["ci"] as? [String: Any])
                let os = try #require((ci["attributes"] as? [String: Any])?["os"] as? [String: Any])
                #expect(os["value"] as? String == "RHEL")
                #expect((os["provenance"] as? [String: Any])?["supplier"] as? String == "stratus-hosting")
                #expect((os["competing"] as? [Any])?.count == 1)
                #expect((body["sourceRecords"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/api/v1/cis/GCI-nope", method: .get, headers: Self.auth) { response in
                #expect(response.status == .notFound)
                let code = try errorCode(response.body)
                #expect(code == "cmdb.ci_not_found")
            }
            try await client.execute(uri: "/api/v1/cis/GCI-nope/impact", method: .get, headers: Self.auth) { response in
                let code = try errorCode(response.body)
                #expect(code == "cmdb.ci_not_found")
            }
        }
    }

    @Test("relationships and impact of a CI; conflicts list")
    func graph() async throws {
        let (application, cmdb) = try await app()
        let server = try #require(try await cmdb.store.clusterID(of: SourceRecordRef(supplier: SupplierID("netnova")!, sourceKey: "n-1")))
        try await application.test(.router) { client in
            try await client.execute(uri: "/api/v1/cis/\(server)/relationships?depth=2", method: .get, headers: Self.auth) { response in
                let relationships = try #require(try json(response.body)["relationships"] as? [[String: Any]])
                #expect(relationships.count == 1)
                #expect(relationships.first?["channel"] as? String == "webhook")
            }
            try await client.execute(uri: "/api/v1/cis/\(server)/impact", method: .get, headers: Self.auth) { response in
                let body = try json(response.body)
                #expect((body["cis"] as? [Any])?.count == 1)
                #expect(body["services"] as? [String] == ["hosted-apps"])
            }
            try await client.execute(uri: "/api/v1/cmdb/conflicts", method: .get, headers: Self.auth) { response in
                let conflicts = try #require(try json(response.body)["conflicts"] as? [[String: Any]])
                #expect(conflicts.contains { $0["kind"] as? String == "attributeDisagreement" && $0["attribute"] as? String == "os" })
            }
        }
    }

    @Test("bad query parameters answer 400 with stable codes", arguments: [
        ("/api/v1/cis?limit=0", "cmdb.invalid_limit"), ("/api/v1/cis?limit=501", "cmdb.invalid_limit"),
        ("/api/v1/cis?offset=-1", "cmdb.invalid_offset"), ("/api/v1/cis?identifier=nocolon", "cmdb.invalid_identifier"),
        ("/api/v1/cis?supplier=Not%20A%20Slug", "cmdb.invalid_supplier"),
    ])
    func badParameters(pair: (String, String)) async throws {
        let (application, _) = try await app()
        try await application.test(.router) { client in
            try await client.execute(uri: pair.0, method: .get, headers: Self.auth) { response in
                #expect(response.status == .badRequest)
                let code = try errorCode(response.body)
                #expect(code == pair.1)
            }
        }
    }

    @Test("a bad depth answers 400 cmdb.invalid_depth")
    func badDepth() async throws {
        let (application, cmdb) = try await app()
        let server = try #require(try await cmdb.store.clusterID(of: SourceRecordRef(supplier: SupplierID("netnova")!, sourceKey: "n-1")))
        try await application.test(.router) { client in
            try await client.execute(uri: "/api/v1/cis/\(server)/relationships?depth=99", method: .get, headers: Self.auth) { response in
                #expect(response.status == .badRequest)
                let code = try errorCode(response.body)
                #expect(code == "cmdb.invalid_depth")
            }
        }
    }
}
