import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// A hub on memory (or SQLite) stores with the sample suppliers, two webhook secrets for netnova, a second
/// integrate supplier (pipeworks) with its own secret, and a fixed clock.
struct WebhookTestHub {
    static let now = Date(timeIntervalSince1970: 1_709_600_000)
    static let netnovaSecret = "whsec_" + Data((0..<32).map { UInt8($0) }).base64EncodedString()
    static let netnovaNextSecret = "whsec_" + Data((0..<32).map { UInt8(255 - $0) }).base64EncodedString()
    static let pipeworksSecret = "whsec_" + Data(repeating: 42, count: 32).base64EncodedString()
    static let stratusSecret = "whsec_" + Data(repeating: 9, count: 32).base64EncodedString()

    let fixture: ConfigFixture
    let configuration: AccordConfiguration
    var stores: AccordStores
    /// Keeps a SQLite backend's file and connection alive as long as the hub.
    let keepAlive: (any Sendable)?
    let adapters: [String: Adapter]

    /// `hubYAML` replaces the webhooks section of hub.yaml when given.
    init(webhooks: String? = nil, backend: StoreBackend = .memory) throws {
        (stores, keepAlive) = try backend.makeStores()
        fixture = try ConfigFixture()
        try fixture.write("suppliers/pipeworks.yaml", """
            id: pipeworks
            name: Pipeworks Plumbing Systems
            tier: integrate
            calendar: 24x7
            adapter: pagerduty
            credentials:
              webhookSecrets: [ACCORD_PIPEWORKS_SECRET]
            """)
        try fixture.write("suppliers/cloudcore.yaml", """
            id: cloudcore
            name: CloudCore Managed Servers
            tier: integrate
            calendar: 24x7
            adapter: servicenow
            credentials:
              webhookSecrets: [ACCORD_CLOUDCORE_SECRET]
            """)
        try fixture.replace("  basicUser: ACCORD_STRATUS_USER", with: "  basicUser: ACCORD_STRATUS_USER\n  webhookSecrets: ACCORD_STRATUS_SECRET", in: "suppliers/stratus-hosting.yaml")
        if let webhooks {
            let hub = try fixture.read("hub.yaml")
            let start = try #require(hub.range(of: "webhooks:"))
            try fixture.write("hub.yaml", String(hub[..<start.lowerBound]) + webhooks)
        }
        configuration = try ConfigLoader.load(directory: fixture.directory)
        adapters = AdapterLoader.loadAll(directory: RepositoryPaths.root.appendingPathComponent("Adapters")).adapters
    }

    static let environment = [
        "ACCORD_NETNOVA_WEBHOOK_SECRET": netnovaSecret, "ACCORD_NETNOVA_WEBHOOK_SECRET_NEXT": netnovaNextSecret,
        "ACCORD_PIPEWORKS_SECRET": pipeworksSecret, "ACCORD_STRATUS_SECRET": stratusSecret, "ACCORD_CLOUDCORE_SECRET": pipeworksSecret,
    ]

    func app() async throws -> some ApplicationProtocol {
        try await buildApplication(
            configuration: configuration, stores: stores, adapters: adapters, environment: Self.environment,
            now: { Self.now }, runsInboxWorker: false, logger: Logger(label: "test")
        )
    }

    /// Posts each delivery to netnova's endpoint, signed with its secret, and expects 202.
    func deliver(_ deliveries: [(id: String, body: Data)]) async throws {
        try await app().test(.router) { client in
            for delivery in deliveries {
                let response = try await client.execute(
                    uri: "/webhooks/netnova", method: .post, headers: Self.headers(id: delivery.id, body: delivery.body),
                    body: ByteBuffer(bytes: delivery.body)
                )
                #expect(response.status == .accepted)
            }
        }
    }

    func processor() -> InboxProcessor {
        makeInboxProcessor(configuration: configuration, stores: stores, adapters: adapters, now: { Self.now }, logger: Logger(label: "test"))
    }

    /// Standard Webhooks headers for `body`, signed with `secret` (or with a given signature header).
    static func headers(
        id: String, body: Data, secret: String = netnovaSecret, timestamp: Date = now,
        contentType: String = "application/json", signature: String? = nil
    ) -> HTTPFields {
        let stamp = String(Int(timestamp.timeIntervalSince1970))
        let signed = signature ?? WebhookVerifier.sign(id: id, timestamp: stamp, body: body, secret: WebhookSecret(encoded: secret)!)
        var fields: HTTPFields = [.contentType: contentType]
        fields[HTTPField.Name("webhook-id")!] = id
        fields[HTTPField.Name("webhook-timestamp")!] = stamp
        fields[HTTPField.Name("webhook-signature")!] = signed
        return fields
    }

    /// A Jira Service Management webhook for issue `issueID`.
    static func jiraIssue(
        _ issueID: String, event: String = "jira:issue_created", status: String = "Waiting for support",
        priority: String = "High", at: String = "2024-03-04T09:14:59.871+0100", changelogID: String? = nil,
        sentMillis: Int = 1_709_540_100_123
    ) -> Data {
        let changelog = changelogID.map { #", "changelog": {"id": "\#($0)", "items": []}"# } ?? ""
        return Data("""
            {"timestamp": \(sentMillis), "webhookEvent": "\(event)", "user": {"displayName": "Automation"}\(changelog),
             "issue": {"id": "\(issueID)", "key": "NET-\(issueID)", "fields": {
               "issuetype": {"name": "Incident"}, "summary": "Router down — 路由器故障",
               "status": {"name": "\(status)"}, "priority": {"name": "\(priority)"},
               "created": "2024-03-04T09:14:59.871+0100", "updated": "\(at)", "resolutiondate": null,
               "customfield_10050": {"name": "WAN Ops"}}}}
            """.utf8)
    }

    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
    }

    static func errorCode(_ buffer: ByteBuffer) -> String? {
        (json(buffer)["error"] as? [String: Any])?["code"] as? String
    }
}
