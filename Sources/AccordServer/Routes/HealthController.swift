import AccordCore
import Foundation
import Hummingbird

/// Liveness and readiness probes.
///
/// - `GET /health`: 200 whenever the process serves HTTP.
/// - `GET /ready`: 200 when the configuration is loaded and the database answers, else 503.
struct HealthController: Sendable {
    let stores: AccordStores
    let configurationSummary: ConfigurationSummary

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/health") { _, _ in
            try Self.json(.ok, HealthBody(status: "ok", version: AccordVersion.current))
        }
        router.get("/ready") { _, _ in
            let databaseOK = await stores.isReachable()
            let body = ReadyBody(
                status: databaseOK ? "ready" : "unavailable",
                checks: .init(database: databaseOK ? "ok" : "unreachable", config: "ok"),
                config: configurationSummary
            )
            return try Self.json(databaseOK ? .ok : .serviceUnavailable, body)
        }
    }

    private static func json(_ status: HTTPResponse.Status, _ value: some Encodable) throws -> Response {
        let data = try JSONEncoder.accord.encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    private struct HealthBody: Encodable {
        let status: String
        let version: String
    }

    private struct ReadyBody: Encodable {
        struct Checks: Encodable {
            let database: String
            let config: String
        }

        let status: String
        let checks: Checks
        let config: ConfigurationSummary
    }
}

/// What `/ready` says about the loaded configuration.
public struct ConfigurationSummary: Sendable, Encodable, Equatable {
    public var suppliers: Int
    public var calendars: Int
    public var services: Int

    public init(suppliers: Int, calendars: Int, services: Int) {
        self.suppliers = suppliers
        self.calendars = calendars
        self.services = services
    }
}
