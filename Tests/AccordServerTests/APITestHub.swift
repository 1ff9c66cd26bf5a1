import AccordConfig
import AccordCore
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// A hub on memory stores with two Use-tier suppliers (frontline-desk, helpline), the sample
/// integrate supplier netnova, tokens for every principal kind, and a clock that tests advance.
struct APITestHub {
    static let start = Date(timeIntervalSince1970: 1_709_600_000)

    let fixture: ConfigFixture
    let configuration: AccordConfiguration
    let stores = AccordStores.memory()
    let clock = TestClock(start)
    /// Token text per principal description (`supplier:frontline-desk`, `integrator`, `admin`).
    private(set) var tokens: [String: String] = [:]

    /// `hubYAML` replaces the sample `hub.yaml` when given.
    init(hubYAML: String? = nil) async throws {
        fixture = try ConfigFixture()
        try fixture.write("suppliers/helpline.yaml", """
            id: helpline
            name: Helpline Services
            tier: use
            calendar: 24x7
            """)
        if let hubYAML { try fixture.write("hub.yaml", hubYAML) }
        configuration = try ConfigLoader.load(directory: fixture.directory)
        let issuer = ApiTokenIssuer(tokens: stores.tokens)
        for principal in [Principal.supplier(Self.frontline), .supplier(Self.helpline), .supplier(Self.netnova), .integrator, .admin] {
            tokens[principal.description] = try await issuer.create(principal: principal, name: principal.description, now: Self.start).secret
        }
    }

    static let frontline = SupplierID("frontline-desk")!
    static let helpline = SupplierID("helpline")!
    static let netnova = SupplierID("netnova")!

    func app(hostResolver: any HostResolver = SystemHostResolver()) async throws -> some ApplicationProtocol {
        let clock = clock
        return try await buildApplication(
            configuration: configuration, stores: stores, now: { clock.now }, runsInboxWorker: false, hostResolver: hostResolver, logger: Logger(label: "test")
        )
    }

    /// Bearer headers for `principal`, with a JSON (or given) content type.
    func headers(_ principal: Principal, contentType: String = "application/json") -> HTTPFields {
        [.authorization: "Bearer \(tokens[principal.description] ?? "")", .contentType: contentType]
    }

    static func body(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
    }

    static func array(_ buffer: ByteBuffer) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [[String: Any]] ?? []
    }

    static func errorCode(_ buffer: ByteBuffer) -> String? {
        (json(buffer)["error"] as? [String: Any])?["code"] as? String
    }

    static func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

    /// Creates a ticket as `principal` and returns its id.
    func createTicket(_ client: some TestClientProtocol, as principal: Principal, _ extra: [String: Any] = [:]) async throws -> String {
        var object: [String: Any] = ["description": "VPN down at site 7", "severity": "major", "ticketType": "incident"]
        object.merge(extra) { _, new in new }
        return try await client.execute(
            uri: "/tmf-api/troubleTicket/v4/troubleTicket", method: .post, headers: headers(principal), body: Self.body(object)
        ) { response in
            #expect(response.status == .created, "\(Self.text(response.body))")
            return try #require(Self.json(response.body)["id"] as? String)
        }
    }
}

/// A clock tests move by hand; never sleeps.
final class TestClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date) { instant = Mutex(start) }

    var now: Date { instant.withLock { $0 } }

    func advance(_ seconds: TimeInterval) { instant.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
