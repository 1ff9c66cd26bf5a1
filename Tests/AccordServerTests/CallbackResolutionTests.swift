import AccordCore
@testable import AccordServer
import Foundation
import HummingbirdTesting
import Logging
import Testing

/// A resolver with fixed answers: the DNS answers an attacker controls.
struct FixedResolver: HostResolver {
    let answers: [String: [String]]
    /// Names whose DNS server never answers.
    var silent: Set<String> = []
    func addresses(of host: String) async -> [String]? { silent.contains(host) ? nil : answers[host.lowercased()] ?? [] }
}

@Suite("Callback hosts are judged by the addresses they resolve to")
struct CallbackResolutionTests {
    static let resolver = FixedResolver(answers: [
        "rebind.example.net": ["169.254.169.254"],
        "mixed.example.net": ["93.184.216.34", "fd00:ec2::254"],
        "hooks.example.net": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
        "mapped.example.net": ["::ffff:169.254.169.254"],
    ])

    @Test("a name is refused when any address it resolves to is link-local or a metadata service", arguments: [
        ("rebind.example.net", true), ("mixed.example.net", true), ("mapped.example.net", true),
        ("hooks.example.net", false), ("unresolvable.example.net", false), ("169.254.169.254", true), ("127.0.0.1", false),
    ])
    func policy(host: String, refused: Bool) async {
        #expect(await CallbackAddressPolicy.refuses(host, resolver: Self.resolver, refusesUnknown: true) == refused)
    }

    @Test("a name without an answer is refused for a delivery and accepted for a registration (each delivery checks again)")
    func unknownAnswer() async {
        let resolver = FixedResolver(answers: [:], silent: ["slow.example.net"])
        #expect(await CallbackAddressPolicy.refuses("slow.example.net", resolver: resolver, refusesUnknown: true))
        #expect(await !CallbackAddressPolicy.refuses("slow.example.net", resolver: resolver, refusesUnknown: false))
    }

    @Test("address literals are not sent to the resolver")
    func literals() {
        #expect(CallbackAddressPolicy.isAddressLiteral("10.0.0.1"))
        #expect(CallbackAddressPolicy.isAddressLiteral("[fe80::1%eth0]"))
        #expect(!CallbackAddressPolicy.isAddressLiteral("hooks.example.net"))
    }

    @Test("the system resolver answers numeric addresses (localhost is loopback)")
    func systemResolver() async {
        let addresses = await SystemHostResolver().addresses(of: "localhost")
        #expect(addresses?.isEmpty == false)
        #expect(addresses?.allSatisfy { $0 == "127.0.0.1" || $0 == "::1" } == true)
        #expect(await SystemHostResolver(maxLookups: 0).addresses(of: "localhost") == nil)  // over the lookup cap: no answer
    }

    @Test("registering a callback whose name resolves to a metadata address is refused, naming callback")
    func refusedAtRegistration() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app(hostResolver: Self.resolver)
        try await application.test(.router) { client in
            for callback in ["https://rebind.example.net/hook", "https://mixed.example.net/hook"] {
                try await client.execute(
                    uri: APIProtectionTests.hubPath, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(["callback": callback])
                ) { response in
                    #expect(response.status == .badRequest, "\(callback)")
                    #expect(APITestHub.errorCode(response.body) == "api.invalid_field")
                    #expect((APITestHub.json(response.body)["reason"] as? String)?.contains("resolving") == true)
                }
            }
            try await client.execute(
                uri: APIProtectionTests.hubPath, method: .post, headers: hub.headers(.integrator),
                body: APITestHub.body(["callback": "https://hooks.example.net/hook"])
            ) { response in
                #expect(response.status == .created)
            }
        }
        #expect(try await hub.stores.listeners.allListeners().map(\.callback) == ["https://hooks.example.net/hook"])
    }

    @Test("a name re-pointed at a metadata address after registration is not contacted")
    func refusedAtDelivery() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app(hostResolver: FixedResolver(answers: ["hooks.example.net": ["93.184.216.34"]]))
        try await application.test(.router) { client in
            try await client.execute(
                uri: APIProtectionTests.hubPath, method: .post, headers: hub.headers(.integrator),
                body: APITestHub.body(["callback": "https://hooks.example.net/hook"])
            ) { response in #expect(response.status == .created) }
            _ = try await hub.createTicket(client, as: .integrator)
        }
        let sender = RecordingSender()
        let rebound = FixedResolver(answers: ["hooks.example.net": ["169.254.169.254"]])
        let refusing = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, resolver: rebound, logger: Logger(label: "test"))
        #expect(try await refusing.deliverDue(now: hub.clock.now) == 0)
        #expect(await sender.sent.isEmpty)
        let silent = FixedResolver(answers: [:], silent: ["hooks.example.net"])
        let unanswered = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, resolver: silent, logger: Logger(label: "test"))
        #expect(try await unanswered.deliverDue(now: hub.clock.now.addingTimeInterval(86_400)) == 0)
        #expect(await sender.sent.isEmpty)
        // It was attempted (and refused), not merely not due yet.
        #expect(try await hub.stores.listeners.dueNotifications(at: hub.clock.now.addingTimeInterval(86_400), limit: 10).isEmpty)
        let restored = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, resolver: Self.resolver, logger: Logger(label: "test"))
        #expect(try await restored.deliverDue(now: hub.clock.now.addingTimeInterval(30 * 86_400)) == 1)
        #expect(await sender.sent.map(\.url.absoluteString) == ["https://hooks.example.net/hook"])
    }
}
