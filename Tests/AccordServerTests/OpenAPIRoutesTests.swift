import AccordConnectors
import AccordCore
@testable import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("OpenAPI document and routing")
struct OpenAPIRoutesTests {
    /// `METHOD /path/{param}` for every registered route and every documented operation.
    @Test("every registered route is documented and every documented operation is routed")
    func documentMatchesRoutes() async throws {
        let hub = try await APITestHub()
        let router = buildRouter(
            configuration: hub.configuration, stores: hub.stores, adapters: [:],
            secrets: WebhookSecrets(suppliers: hub.configuration.suppliers, environment: [:]), wakeUp: InboxWakeUp(), now: { Date() }
        )
        let registered = Set(router.routes.map { route in
            "\(route.method.rawValue) /" + route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
        })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(AccordOpenAPIDocument.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, item in
            item.keys.map { "\($0.uppercased()) " + path.split(separator: "/").map { segment in
                segment.hasPrefix("{") ? "{\(segment.dropFirst().dropLast())}" : String(segment)
            }.joined(separator: "/").replacingOccurrences(of: "^", with: "") }
        }.map { $0.replacingOccurrences(of: " ", with: " /") })
        #expect(registered.subtracting(documented).isEmpty, "undocumented routes: \(registered.subtracting(documented).sorted())")
        #expect(documented.subtracting(registered).isEmpty, "documented but not routed: \(documented.subtracting(registered).sorted())")
    }

    @Test("GET /openapi.json needs no token; unknown routes 404; a known path with the wrong method 405 with Allow")
    func fallbacks() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(APITestHub.json(response.body)["openapi"] as? String == "3.1.0")
            }
            try await client.execute(uri: "/tmf-api/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(APITestHub.errorCode(response.body) == "http.not_found")
            }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket/TKT-1", method: .delete, headers: hub.headers(.admin)) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, PATCH")
                #expect(APITestHub.errorCode(response.body) == "http.method_not_allowed")
            }
            try await client.execute(uri: "/health", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
        }
    }

    @Test("the page size is capped; offset/limit page with X-Total-Count and X-Result-Count")
    func paging() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            for _ in 0..<3 { _ = try await hub.createTicket(client, as: .integrator) }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket?offset=1&limit=1", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.headers[HTTPField.Name("X-Total-Count")!] == "3")
                #expect(response.headers[HTTPField.Name("X-Result-Count")!] == "1")
            }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket?limit=100000&status=acknowledged", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .ok)
                #expect(APITestHub.array(response.body).count == 3)
            }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket?status=closed", method: .get, headers: hub.headers(.admin)) { response in
                #expect(APITestHub.array(response.body).isEmpty)
            }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket?limit=-1", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.errorCode(response.body) == "api.invalid_query")
            }
        }
    }
}
