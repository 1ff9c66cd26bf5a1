import AccordCore
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every API route × principal kind × own / other object, with exact statuses; a supplier's
/// responses never contain another supplier's data.
@Suite("API authorisation matrix")
struct AuthorizationMatrixTests {
    struct Case: CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var principal: Principal?
        var body: [String: Any]?
        var status: HTTPResponse.Status
        var code: String?
        var description: String { "\(method) \(path) as \(principal?.description ?? "anonymous")" }
    }

    @Test("routes × principals × own/other objects")
    func matrix() async throws {
        let hub = try await APITestHub()
        let frontline = Principal.supplier(APITestHub.frontline)
        let helpline = Principal.supplier(APITestHub.helpline)
        let netnova = Principal.supplier(APITestHub.netnova)
        let cmdb = hub.configuration.federatedCMDB(store: hub.stores.cmdb)
        try await cmdb.ingest([
            ConfigurationItem(id: "CI-f", supplier: APITestHub.frontline, sourceKey: "f-1", ciClass: "server", name: "fd-srv", identifiers: [], attributes: ["os": "Linux"], observedAt: APITestHub.start, channel: .nativeAPI),
            ConfigurationItem(id: "CI-h", supplier: APITestHub.helpline, sourceKey: "h-1", ciClass: "server", name: "hl-secret-host", identifiers: [], attributes: ["os": "helpline-os"], observedAt: APITestHub.start, channel: .nativeAPI),
        ])
        let ownCI = try #require(try await cmdb.store.clusterID(of: SourceRecordRef(supplier: APITestHub.frontline, sourceKey: "f-1")))
        let otherCI = try #require(try await cmdb.store.clusterID(of: SourceRecordRef(supplier: APITestHub.helpline, sourceKey: "h-1")))
        let application = try await hub.app()
        try await application.test(.router) { client in
            let own = try await hub.createTicket(client, as: .integrator, ["relatedParty": [["id": "frontline-desk", "role": "assignee"]]])
            let other = try await hub.createTicket(client, as: helpline, ["name": "helpline private ticket"])
            let otherListener = try await client.execute(
                uri: "/tmf-api/troubleTicket/v4/hub", method: .post, headers: hub.headers(helpline), body: APITestHub.body(["callback": "http://127.0.0.1:9/cb"])
            ) { response in try #require(APITestHub.json(response.body)["id"] as? String) }
            let ticket = "/tmf-api/troubleTicket/v4/troubleTicket"
            var cases: [Case] = []
            func add(_ method: HTTPRequest.Method, _ path: String, _ principal: Principal?, _ status: HTTPResponse.Status, _ code: String? = nil, body: [String: Any]? = nil) {
                cases.append(Case(method: method, path: path, principal: principal, body: body, status: status, code: code))
            }
            // Authentication on every guarded route.
            for path in [ticket, "\(ticket)/\(own)", "/api/v1/cis", "/api/v1/cis/\(ownCI)", "/api/v1/cmdb/conflicts"] {
                add(.get, path, nil, .unauthorized, "auth.token_missing")
            }
            add(.post, "/tmf-api/troubleTicket/v4/hub", nil, .unauthorized, "auth.token_missing", body: ["callback": "http://x.example/cb"])
            add(.delete, "/tmf-api/troubleTicket/v4/hub/\(otherListener)", nil, .unauthorized, "auth.token_missing")
            add(.patch, "\(ticket)/\(own)", nil, .unauthorized, "auth.token_missing", body: ["status": "inProgress"])
            // Tickets: read.
            for principal in [frontline, Principal.integrator, .admin] { add(.get, "\(ticket)/\(own)", principal, .ok) }
            for principal in [helpline, netnova] { add(.get, "\(ticket)/\(own)", principal, .notFound, "tmf.ticket_not_found") }
            add(.get, "\(ticket)/\(other)", frontline, .notFound, "tmf.ticket_not_found")
            add(.get, "\(ticket)/TKT-does-not-exist", frontline, .notFound, "tmf.ticket_not_found")
            // Tickets: write. Other supplier's ticket → 404; fields the principal may not set → 422.
            add(.patch, "\(ticket)/\(other)", frontline, .notFound, "tmf.ticket_not_found", body: ["status": "inProgress"])
            add(.patch, "\(ticket)/\(own)", helpline, .notFound, "tmf.ticket_not_found", body: ["status": "inProgress"])
            add(.patch, "\(ticket)/\(own)", frontline, .unprocessableContent, "api.field_not_allowed", body: ["priority": "P1"])
            add(.patch, "\(ticket)/\(own)", frontline, .unprocessableContent, "api.field_not_allowed", body: ["relatedEntity": [["id": "email", "role": "service"]]])
            add(.patch, "\(ticket)/\(own)", frontline, .unprocessableContent, "api.field_not_allowed", body: ["relatedParty": [["id": "helpline", "role": "assignee"]]])
            add(.patch, "\(ticket)/\(own)", frontline, .unprocessableContent, "api.field_not_allowed", body: ["name": "renamed"])
            for field in ["id", "href", "creationDate", "lastUpdate", "resolutionDate", "statusChangeHistory", "ledger"] {
                for principal in [frontline, Principal.integrator, .admin] {
                    add(.patch, "\(ticket)/\(own)", principal, .unprocessableContent, "api.field_not_allowed", body: [field: "2024-01-01T00:00:00Z"])
                }
            }
            add(.patch, "\(ticket)/\(own)", .integrator, .unprocessableContent, "api.field_not_allowed", body: ["status": "resolved"])
            add(.patch, "\(ticket)/\(own)", .integrator, .ok, body: ["priority": "P2"])
            add(.patch, "\(ticket)/\(own)", frontline, .ok, body: ["status": "inProgress", "note": [["text": "on it"]]])
            add(.patch, "\(ticket)/\(own)", .admin, .ok, body: ["status": "inProgress", "priority": "P2"])
            add(.post, ticket, netnova, .forbidden, "auth.forbidden", body: ["description": "x", "severity": "minor", "ticketType": "incident"])
            add(.post, ticket, frontline, .unprocessableContent, "api.field_not_allowed", body: ["description": "x", "severity": "minor", "ticketType": "incident", "priority": "P1"])
            add(.post, ticket, frontline, .unprocessableContent, "api.field_not_allowed",
                body: ["description": "x", "severity": "minor", "ticketType": "incident", "relatedParty": [["id": "helpline", "role": "assignee"]]])
            // CMDB.
            for principal in [frontline, Principal.integrator, .admin] { add(.get, "/api/v1/cis/\(ownCI)", principal, .ok) }
            add(.get, "/api/v1/cis/\(otherCI)", frontline, .notFound, "cmdb.ci_not_found")
            add(.get, "/api/v1/cis/\(otherCI)/relationships", frontline, .notFound, "cmdb.ci_not_found")
            add(.get, "/api/v1/cis/\(otherCI)", .integrator, .ok)
            add(.get, "/api/v1/cis/\(ownCI)/impact", frontline, .forbidden, "auth.forbidden")
            add(.get, "/api/v1/cis/\(ownCI)/impact", .integrator, .ok)
            add(.get, "/api/v1/cmdb/conflicts", frontline, .forbidden, "auth.forbidden")
            add(.get, "/api/v1/cmdb/conflicts", .admin, .ok)
            add(.get, "/api/v1/cis", frontline, .ok)
            add(.get, "/api/v1/cis?supplier=helpline", frontline, .ok)
            // Hub listeners belong to whoever registered them.
            add(.delete, "/tmf-api/troubleTicket/v4/hub/\(otherListener)", frontline, .notFound, "tmf.listener_not_found")
            add(.delete, "/tmf-api/troubleTicket/v4/hub/\(otherListener)", helpline, .noContent)

            for item in cases {
                var headers: HTTPFields = item.principal.map { hub.headers($0) } ?? [.contentType: "application/json"]
                if item.method == .patch { headers[.contentType] = "application/merge-patch+json" }
                try await client.execute(uri: item.path, method: item.method, headers: headers, body: item.body.map(APITestHub.body)) { response in
                    #expect(response.status == item.status, "\(item): \(APITestHub.text(response.body))")
                    if let code = item.code { #expect(APITestHub.errorCode(response.body) == code, "\(item)") }
                    if item.principal == frontline {
                        let text = APITestHub.text(response.body)
                        #expect(!text.contains("helpline"), "\(item) leaks another supplier: \(text)")
                        #expect(item.path.contains(other) || !text.contains(other), "\(item) leaks another supplier's ticket")
                    }
                }
            }

            // Lists: each supplier sees exactly its own tickets.
            for (principal, expected) in [(frontline, [own]), (helpline, [other]), (.integrator, [own, other]), (netnova, [])] as [(Principal, [String])] {
                try await client.execute(uri: ticket, method: .get, headers: hub.headers(principal)) { response in
                    #expect(response.status == .ok)
                    #expect(Set(APITestHub.array(response.body).compactMap { $0["id"] as? String }) == Set(expected), "\(principal)")
                    #expect(response.headers[HTTPField.Name("X-Total-Count")!] == String(expected.count))
                }
            }
        }
    }

    @Test("a refused mass assignment changes nothing")
    func nothingChanged() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            let id = try await hub.createTicket(client, as: .integrator, ["relatedParty": [["id": "frontline-desk", "role": "assignee"]]])
            let before = try await hub.stores.ticketEvents.events(for: TicketID(id)).count
            try await client.execute(
                uri: "/tmf-api/troubleTicket/v4/troubleTicket/\(id)", method: .patch, headers: hub.headers(.supplier(APITestHub.frontline)),
                body: APITestHub.body(["status": "inProgress", "priority": "P1"])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(APITestHub.text(response.body).contains("'priority'"))
            }
            #expect(try await hub.stores.ticketEvents.events(for: TicketID(id)).count == before)
            #expect(try await hub.stores.tickets.ticket(TicketID(id))?.state == .new)
        }
    }

    @Test("revoked and malformed tokens are refused with auth.token_invalid, never echoed")
    func invalidTokens() async throws {
        let hub = try await APITestHub()
        let token = try #require(try await hub.stores.tokens.allTokens().first { $0.principal == .admin })
        try await hub.stores.tokens.revoke(token.id, at: APITestHub.start)
        let application = try await hub.app()
        try await application.test(.router) { client in
            for header in ["Bearer \(hub.tokens["admin"] ?? "")", "Bearer acc_not-a-token", "Basic YWRtaW46YWRtaW4="] {
                try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket", method: .get, headers: [.authorization: header]) { response in
                    #expect(response.status == .unauthorized)
                    #expect(APITestHub.errorCode(response.body) == "auth.token_invalid")
                    #expect(!APITestHub.text(response.body).contains("acc_"))
                }
            }
        }
    }
}
