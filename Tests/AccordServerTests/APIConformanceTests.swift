import AccordCore
@testable import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// What schemathesis found against the official TMF621 v4 specification and the served document
/// (scripts/api-fuzz.py), pinned here so it stays fixed without the fuzzer.
@Suite("API conformance findings")
struct APIConformanceTests {
    static let tickets = "/tmf-api/troubleTicket/v4/troubleTicket"

    @Test("errors under /tmf-api carry TMF630 Error fields beside the envelope; other routes only the envelope")
    func tmfErrorBody() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            try await client.execute(uri: "\(Self.tickets)/TKT-nope", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .notFound)
                let body = APITestHub.json(response.body)
                #expect(body["code"] as? String == "tmf.ticket_not_found")
                #expect(body["reason"] as? String == "no trouble ticket 'TKT-nope'")
                #expect(body["status"] as? String == "404")
                #expect(body["@type"] as? String == "Error")
                #expect(APITestHub.errorCode(response.body) == "tmf.ticket_not_found")
            }
            try await client.execute(uri: "/api/v1/cis/nope", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .notFound)
                #expect(APITestHub.json(response.body).keys.sorted() == ["error"])
            }
        }
    }

    @Test("a write without a body is 400 api.invalid_body; a body of another media type 415")
    func missingBody() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            let bearer: HTTPFields = [.authorization: hub.headers(.integrator)[.authorization]!]
            try await client.execute(uri: Self.tickets, method: .post, headers: bearer) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.errorCode(response.body) == "api.invalid_body")
            }
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator, contentType: "text/plain"), body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test("offset and limit beyond 32 bits saturate; a negative or non-numeric one is 400")
    func pagingBounds() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            _ = try await hub.createTicket(client, as: .integrator)
            try await client.execute(uri: "\(Self.tickets)?limit=99999999999999999999999", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .ok)
                #expect(APITestHub.array(response.body).count == 1)
            }
            try await client.execute(uri: "\(Self.tickets)?offset=5798657390", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .ok)
                #expect(APITestHub.array(response.body).isEmpty)
            }
            for query in ["offset=-1", "limit=+5", "limit=ten"] {
                try await client.execute(uri: "\(Self.tickets)?\(query)", method: .get, headers: hub.headers(.admin)) { response in
                    #expect(response.status == .badRequest, "\(query)")
                }
            }
        }
    }

    @Test("null is refused when creating and removes a field in a merge patch")
    func nulls() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            let create: [String: Any] = ["description": "Printer offline", "severity": "minor", "ticketType": "incident", "relatedParty": NSNull()]
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(create)) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.json(response.body)["reason"] as? String == "field 'relatedParty': may not be null when creating a trouble ticket")
            }
            let id = try await hub.createTicket(client, as: .integrator, ["priority": "P2"])
            try await client.execute(
                uri: "\(Self.tickets)/\(id)", method: .patch, headers: hub.headers(.integrator, contentType: "application/merge-patch+json"),
                body: APITestHub.body(["description": NSNull()])
            ) { response in
                #expect(response.status == .ok)
                #expect(APITestHub.json(response.body)["description"] as? String == "")
            }
        }
    }

    @Test("mistyped parts Accord does not keep are still refused, naming the field", arguments: [
        (#"{"@schemaLocation": "not a uri"}"#, "@schemaLocation"),
        (#"{"@type": ["TroubleTicket"]}"#, "@type"),
        (#"{"note": [{"text": "x", "author": 5}]}"#, "note[0].author"),
        (#"{"note": [{"text": "x", "date": "yesterday"}]}"#, "note[0].date"),
        (#"{"relatedEntity": [{"id": "CI-1", "role": "affectedCI", "@schemaLocation": ""}]}"#, "relatedEntity[0].@schemaLocation"),
        (#"{"relatedParty": ["frontline-desk"]}"#, "relatedParty[0]"),
    ])
    func mistyped(extraJSON: String, field: String) async throws {
        var body = try #require(try JSONSerialization.jsonObject(with: Data(extraJSON.utf8)) as? [String: Any])
        body.merge(["description": "Printer offline", "severity": "minor", "ticketType": "incident"]) { own, _ in own }
        let payload = APITestHub.body(body)
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: payload) { response in
                #expect(response.status == .badRequest)
                #expect((APITestHub.json(response.body)["reason"] as? String)?.hasPrefix("field '\(field)'") == true, "\(APITestHub.text(response.body))")
            }
        }
    }

    @Test("assigning to a supplier that is not configured is 422 naming relatedParty; nothing is created")
    func unknownAssignee() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            let body: [String: Any] = ["description": "x", "severity": "minor", "ticketType": "incident", "relatedParty": [["id": "nobody", "role": "assignee"]]]
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(body)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(APITestHub.errorCode(response.body) == "api.field_not_allowed")
            }
            try await client.execute(uri: Self.tickets, method: .get, headers: hub.headers(.admin)) { response in
                #expect(APITestHub.array(response.body).isEmpty)
            }
        }
    }

    @Test("a supplier filtering CIs by another supplier still has its other parameters checked")
    func cmdbParametersCheckedFirst() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            try await client.execute(uri: "/api/v1/cis?supplier=helpline&identifier=", method: .get, headers: hub.headers(.supplier(APITestHub.frontline))) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.errorCode(response.body) == "cmdb.invalid_identifier")
            }
            try await client.execute(uri: "/api/v1/cis?supplier=helpline", method: .get, headers: hub.headers(.supplier(APITestHub.frontline))) { response in
                #expect(response.status == .ok)
                #expect((APITestHub.json(response.body)["items"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test("DELETE …/hub/{id} answers 204 with TMF621's media type")
    func hubDelete() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            let id = try await client.execute(
                uri: "/tmf-api/troubleTicket/v4/hub", method: .post, headers: hub.headers(.integrator),
                body: APITestHub.body(["callback": "http://127.0.0.1:9/listener"])
            ) { response in try #require(APITestHub.json(response.body)["id"] as? String) }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/hub/\(id)", method: .delete, headers: hub.headers(.integrator)) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.contentType] == "application/json;charset=utf-8")
            }
        }
    }
}
