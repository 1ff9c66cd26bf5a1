import AccordCore
import AccordFederation
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Webhook pipeline: CI records reach the federated CMDB")
struct WebhookCMDBPipelineTests {
    typealias Hub = WebhookTestHub

    @Test("ServiceNow CMDB records pushed by a supplier become source records, golden CIs and relationships")
    func cmdbRecords() async throws {
        let hub = try Hub()
        let body = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Adapters/servicenow/examples/cmdb-servers-and-relations.input.json"))
        try await hub.app().test(.router) { client in
            let response = try await client.execute(
                uri: "/webhooks/cloudcore", method: .post,
                headers: Hub.headers(id: "msg_cmdb_1", body: body, secret: Hub.pipeworksSecret), body: ByteBuffer(bytes: body)
            )
            #expect(response.status == .accepted)
        }
        #expect(try await hub.processor().processDue(now: Hub.now) == .init(processed: 1, retried: 0, dead: 0))

        let cloudcore = SupplierID("cloudcore")!
        #expect(try await hub.stores.configurationItems.items(of: cloudcore).count == 3)
        let cmdb = hub.configuration.federatedCMDB(store: hub.stores.cmdb)
        let mail = try #require(try await cmdb.search(CIQuery(identifier: Identifier(kind: .hostname, value: "mail-muc-01")), now: Hub.now).first)
        #expect(mail.name?.value == "mail-muc-01")
        #expect(mail.name?.provenance.supplier == cloudcore)
        let edges = try await cmdb.relationships(of: mail.id, depth: 1)
        #expect(edges.contains { $0.relationship.type == .runsOn && $0.from == mail.id })
        let shanghai = try await cmdb.search(CIQuery(text: "上海"), now: Hub.now)
        #expect(shanghai.map { $0.name?.value } == ["数据库服务器-上海-02"])
    }
}
