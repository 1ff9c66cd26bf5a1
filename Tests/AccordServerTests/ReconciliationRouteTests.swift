import AccordConfig
import AccordCore
import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Reconciliation routes: scorecards, SLA, supplier reports")
struct ReconciliationRouteTests {
    @Test("A Use-tier desk's ticket shows in its own scorecard; another supplier's scorecard and the SLA answer 404 to it")
    func scorecardsAndIsolation() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            _ = try await hub.createTicket(client, as: .supplier(APITestHub.frontline))
            try await client.execute(uri: "/api/v1/suppliers/frontline-desk/scorecard?period=2024-03", method: .get, headers: hub.headers(.supplier(APITestHub.frontline))) { response in
                #expect(response.status == .ok, "\(APITestHub.text(response.body))")
                let cards = try #require(APITestHub.json(response.body)["scorecards"] as? [[String: Any]])
                #expect(cards.count == 1)
                #expect((cards[0]["totals"] as? [String: Any])?["ticketsInScope"] as? Int == 1)
                #expect((cards[0]["evidence"] as? [String: Any])?["quality"] as? String == "complete")
                #expect((cards[0]["period"] as? [String: Any])?["start"] as? String == "2024-03-01T00:00:00Z")  // GMT in March before the 31st
            }
            try await client.execute(uri: "/api/v1/suppliers/netnova/scorecard?period=2024-03", method: .get, headers: hub.headers(.supplier(APITestHub.frontline))) { response in
                #expect(response.status == .notFound)
                #expect(APITestHub.errorCode(response.body) == "reconciliation.unknown_supplier")
                #expect(!APITestHub.text(response.body).contains("netnova-ola"))
            }
            try await client.execute(uri: "/api/v1/suppliers/netnova/scorecard?period=2024-03", method: .get, headers: hub.headers(.integrator)) { response in
                #expect(response.status == .ok)
                #expect((APITestHub.json(response.body)["scorecards"] as? [Any])?.count == 1)
            }
            try await client.execute(uri: "/api/v1/services/workplace/sla?period=2024-03", method: .get, headers: hub.headers(.supplier(APITestHub.netnova))) { response in
                #expect(response.status == .notFound)
                #expect(APITestHub.errorCode(response.body) == "reconciliation.unknown_service")
            }
            try await client.execute(uri: "/api/v1/services/workplace/sla?period=2024-03", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .ok)
                let body = APITestHub.json(response.body)
                #expect((body["scorecard"] as? [String: Any])?["agreementID"] as? String == "workplace-sla")
                #expect((body["scorecard"] as? [String: Any])?["availability"] != nil)  // m365 (Exclude) contributes to workplace
            }
            try await client.execute(uri: "/api/v1/suppliers/frontline-desk/scorecard?period=2024-13", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.errorCode(response.body) == "reconciliation.invalid_period")
            }
        }
    }

    @Test("Supplier reports: stored raw and compared; refused whole when bad; only Integrate and Interface tiers report")
    func reports() async throws {
        let hub = try await APITestHub()
        let netnova = hub.headers(.supplier(APITestHub.netnova), contentType: "text/csv")
        try await hub.app().test(.router) { client in
            let good = "ticket,priority,resolvedAt\nNET-404,P2,2024-03-04T10:00:00Z\n"
            try await client.execute(uri: "/api/v1/suppliers/netnova/reports?period=2024-03", method: .post, headers: netnova, body: ByteBuffer(string: good)) { response in
                #expect(response.status == .created, "\(APITestHub.text(response.body))")
                #expect(APITestHub.json(response.body)["rows"] as? Int == 1)
            }
            let bad = "ticket,priority,resolvedAt\nNET-1,P7,yesterday\n"
            try await client.execute(uri: "/api/v1/suppliers/netnova/reports?period=2024-03", method: .post, headers: netnova, body: ByteBuffer(string: bad)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(APITestHub.errorCode(response.body) == "reconciliation.invalid_report")
                #expect(APITestHub.text(response.body).contains("line 2: priority 'P7' is not P1…P5"))
            }
            try await client.execute(uri: "/api/v1/suppliers/netnova/reports?period=2024-03", method: .post,
                                     headers: hub.headers(.supplier(APITestHub.netnova), contentType: "text/plain"), body: ByteBuffer(string: good)) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            try await client.execute(uri: "/api/v1/suppliers/frontline-desk/reports?period=2024-03", method: .post,
                                     headers: hub.headers(.supplier(APITestHub.frontline), contentType: "text/csv"), body: ByteBuffer(string: good)) { response in
                #expect(response.status == .forbidden)
                #expect(APITestHub.errorCode(response.body) == "reconciliation.reports_not_accepted")
            }
            try await client.execute(uri: "/api/v1/suppliers/netnova/reports?period=2024-03", method: .post,
                                     headers: hub.headers(.supplier(APITestHub.frontline), contentType: "text/csv"), body: ByteBuffer(string: good)) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/suppliers/netnova/discrepancies?period=2024-03", method: .get, headers: hub.headers(.supplier(APITestHub.netnova))) { response in
                #expect(response.status == .ok, "\(APITestHub.text(response.body))")
                let items = try #require(APITestHub.json(response.body)["discrepancies"] as? [[String: Any]])
                #expect(items.map { "\($0["kind"] ?? "") \($0["ticket"] ?? "")" } == ["missingFromLedger NET-404"])
            }
            try await client.execute(uri: "/api/v1/suppliers/netnova/discrepancies?period=2024-02", method: .get, headers: hub.headers(.integrator)) { response in
                #expect(response.status == .notFound)
                #expect(APITestHub.errorCode(response.body) == "reconciliation.no_report")
            }
        }
    }

    @Test("The SLA's availability counts the Exclude vendor's incidents within hours of service")
    func availabilityFromNotices() async throws {
        let hub = try await APITestHub()
        let m365 = SupplierID("m365")!
        let at = { (text: String) in ISO8601DateFormatter().date(from: text)! }
        _ = try await hub.stores.statusNotices?.save([
            StatusNotice(supplier: m365, noticeID: "EX1", vendorService: "Exchange Online", title: "Mail delays", status: "serviceRestored",
                         classification: "incident", startedAt: at("2024-03-05T10:00:00Z"), endedAt: at("2024-03-05T11:00:00Z"), firstSeenAt: at("2024-03-05T10:05:00Z")),
            StatusNotice(supplier: m365, noticeID: "AD1", vendorService: "Exchange Online", title: "Planned change", status: "serviceRestored",
                         classification: "advisory", startedAt: at("2024-03-06T10:00:00Z"), endedAt: at("2024-03-06T11:00:00Z"), firstSeenAt: at("2024-03-06T10:05:00Z")),
        ])
        try await hub.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/services/workplace/sla?period=2024-03", method: .get, headers: hub.headers(.integrator)) { response in
                #expect(response.status == .ok)
                let availability = try #require((APITestHub.json(response.body)["scorecard"] as? [String: Any])?["availability"] as? [String: Any])
                #expect(availability["downtimeSeconds"] as? Int == 3600)
                #expect((availability["notices"] as? [[String: Any]])?.map { $0["noticeID"] as? String } == ["EX1"])
            }
        }
    }
}
