import AccordConfig
import AccordCore
import AccordServer
import AccordTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite("Health and readiness routes")
struct HealthRoutesTests {
    let configuration: AccordConfiguration

    init() throws {
        configuration = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path)
    }

    private func app(stores: AccordStores = .memory()) async throws -> some ApplicationProtocol {
        try await buildApplication(configuration: configuration, stores: stores, logger: Logger(label: "test"))
    }

    private func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))
        return try #require(object as? [String: Any])
    }

    @Test("GET /health answers 200 with status and version")
    func health() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = try json(response.body)
                #expect(body["status"] as? String == "ok")
                #expect(body["version"] as? String == AccordVersion.current)
            }
        }
    }

    @Test("GET /ready answers 200 with the loaded configuration's counts when the store is reachable")
    func ready() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/ready", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["status"] as? String == "ready")
                let checks = try #require(body["checks"] as? [String: String])
                #expect(checks == ["database": "ok", "config": "ok"])
                let counts = try #require(body["config"] as? [String: Int])
                #expect(counts == ["suppliers": 4, "calendars": 2, "services": 2])
            }
        }
    }

    @Test("GET /ready answers 503 when the database cannot be reached, while /health stays 200")
    func notReady() async throws {
        var stores = AccordStores.memory()
        stores.isReachable = { false }
        try await app(stores: stores).test(.router) { client in
            try await client.execute(uri: "/ready", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try json(response.body)
                #expect(body["status"] as? String == "unavailable")
                #expect((body["checks"] as? [String: String])?["database"] == "unreachable")
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("An unknown route answers 404 with the documented error body")
    func unknownRoute() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/no/such/thing", method: .get) { response in
                #expect(response.status == .notFound)
                let error = try #require(try json(response.body)["error"] as? [String: String])
                #expect(error["code"] == "http.not_found")
                #expect(error["message"] == "no resource at /no/such/thing")
            }
        }
    }

    @Test("Building the application registers every configured supplier in the store")
    func registersSuppliers() async throws {
        let stores = AccordStores.memory()
        _ = try await app(stores: stores)
        let stored = try await stores.suppliers.allSuppliers()
        #expect(stored.map(\.id.rawValue) == ["frontline-desk", "m365", "netnova", "stratus-hosting"])
        #expect(stored.map(\.tier) == [.use, .exclude, .integrate, .interface])
        let netnova = try #require(stored.first { $0.id.rawValue == "netnova" })
        #expect(netnova.agreements.first?.reopenPolicy == .fromOriginalStart)
    }
}
