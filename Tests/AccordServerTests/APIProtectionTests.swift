import AccordCore
@testable import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite("API protection: listener callback addresses and the per-token rate from hub.yaml")
struct APIProtectionTests {
    static let hubPath = "/tmf-api/troubleTicket/v4/hub"

    @Test("link-local and metadata hosts are recognised in every spelling", arguments: [
        ("169.254.169.254", true), ("169.254.0.1", true), ("2852039166", true), ("0xa9fea9fe", true), ("0251.0376.0251.0376", true),
        ("169.254.43518", true), ("[fe80::1]", true), ("fe80::1%eth0", true), ("[::ffff:169.254.169.254]", true), ("[::ffff:a9fe:a9fe]", true),
        ("[fd00:ec2::254]", true), ("100.100.100.200", true), ("metadata.google.internal", true), ("METADATA.google.internal.", true),
        ("127.0.0.1", false), ("10.0.0.5", false), ("169.253.255.255", false), ("169.255.0.1", false), ("[::1]", false),
        ("[fec0::1]", false), ("hooks.example.com", false), ("metadata.example.com", false),
    ])
    func policy(host: String, blocked: Bool) {
        #expect(CallbackAddressPolicy.isLinkLocalOrMetadata(host) == blocked)
    }

    @Test("a listener callback at a link-local or metadata address is refused, naming callback; loopback is accepted")
    func refusedCallbacks() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            for callback in ["http://169.254.169.254/latest/meta-data/", "http://[fe80::1]:8080/x", "http://2852039166/", "https://metadata.google.internal/computeMetadata/v1/"] {
                try await client.execute(uri: Self.hubPath, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(["callback": callback])) { response in
                    #expect(response.status == .badRequest, "\(callback)")
                    #expect(APITestHub.errorCode(response.body) == "api.invalid_field")
                    #expect((APITestHub.json(response.body)["reason"] as? String)?.hasPrefix("field 'callback'") == true)
                }
            }
            try await client.execute(
                uri: Self.hubPath, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(["callback": "http://127.0.0.1:9/listener"])
            ) { response in
                #expect(response.status == .created)
            }
        }
        #expect(try await hub.stores.listeners.allListeners().map(\.callback) == ["http://127.0.0.1:9/listener"])
    }

    @Test("hub.yaml api.allowLinkLocalCallbacks: true lets a link-local callback through")
    func allowedByConfiguration() async throws {
        let hub = try await APITestHub(hubYAML: "api:\n  allowLinkLocalCallbacks: true\n")
        #expect(hub.configuration.hub.api.allowLinkLocalCallbacks)
        let application = try await hub.app()
        try await application.test(.router) { client in
            try await client.execute(
                uri: Self.hubPath, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(["callback": "http://169.254.10.10/hook"])
            ) { response in
                #expect(response.status == .created)
            }
        }
    }

    @Test("a link-local callback registered while allowed is not contacted once the setting is off")
    func refusedAtDelivery() async throws {
        let hub = try await APITestHub(hubYAML: "api:\n  allowLinkLocalCallbacks: true\n")
        let application = try await hub.app()
        try await application.test(.router) { client in
            try await client.execute(
                uri: Self.hubPath, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(["callback": "http://169.254.169.254/hook"])
            ) { response in #expect(response.status == .created) }
            _ = try await hub.createTicket(client, as: .integrator)
        }
        let sender = RecordingSender()
        let refusing = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, logger: Logger(label: "test"))
        #expect(try await refusing.deliverDue(now: hub.clock.now) == 0)
        #expect(await sender.sent.isEmpty)
        let allowing = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, allowsLinkLocalCallbacks: true, logger: Logger(label: "test"))
        #expect(try await allowing.deliverDue(now: hub.clock.now.addingTimeInterval(3600)) == 1)
        #expect(await sender.sent.map(\.url.absoluteString) == ["http://169.254.169.254/hook"])
    }

    @Test("the per-token rate and burst come from hub.yaml api; each token has its own bucket")
    func configuredRate() async throws {
        let hub = try await APITestHub(hubYAML: "api:\n  ratePerSecond: 1\n  burst: 2\n")
        let application = try await hub.app()
        try await application.test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket", method: .get, headers: hub.headers(.integrator)) { response in
                    #expect(response.status == .ok)
                }
            }
            // The test clock does not move, so the bucket cannot refill.
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket", method: .get, headers: hub.headers(.integrator)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "1")
                #expect(APITestHub.errorCode(response.body) == "api.rate_limited")
            }
            try await client.execute(uri: "/tmf-api/troubleTicket/v4/troubleTicket", method: .get, headers: hub.headers(.admin)) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
