import AccordTestSupport
import Foundation
import GRDB
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `accord serve` on loopback receiving deliveries signed by the Python `standardwebhooks`
/// package (`scripts/sign_webhooks.py`): genuine ones get 202, tampered ones 401.
@Suite("accord serve accepts deliveries from the Python standardwebhooks sender")
struct WebhookInteropServeTests {
    static let secret = "whsec_" + Data((0..<32).map { UInt8($0 * 11 % 256) }).base64EncodedString()

    @Test(
        "Genuine deliveries: 202 then 200 on resend; tampered: 401; all stored once",
        .enabled(if: SignedDelivery.pythonSenderAvailable, "python3 with the standardwebhooks package is not installed")
    )
    func liveInterop() async throws {
        let deliveries = try SignedDelivery.generate(count: 30, secret: Self.secret, prefix: "msg_live_")
        let fixture = try ConfigFixture()
        let work = try TemporaryDirectory(prefix: "accord-interop")
        let databasePath = work.file("hub.sqlite")
        try fixture.replace("path: ./accord.sqlite", with: "path: \(databasePath)", in: "hub.yaml")
        let server = try ServerProcess(
            arguments: ["serve", "--config", fixture.directory, "--adapters", RepositoryPaths.root.appendingPathComponent("Adapters").path, "--port", "0"],
            logDirectory: work,
            environment: ["ACCORD_NETNOVA_WEBHOOK_SECRET": Self.secret, "ACCORD_NETNOVA_WEBHOOK_SECRET_NEXT": "whsec_" + Data(repeating: 5, count: 32).base64EncodedString()]
        )
        defer { server.terminateIfRunning() }
        let endpoint = try server.waitForListeningURL().appendingPathComponent("webhooks/netnova")

        for delivery in deliveries where !delivery.tampered {
            #expect(try await Self.post(delivery, to: endpoint).status == 202, "\(delivery.id)")
        }
        for delivery in deliveries where delivery.tampered {
            let (status, body) = try await Self.post(delivery, to: endpoint)
            #expect(status == 401, "\(delivery.id) (\(delivery.tamperedPart ?? ""))")
            #expect(body.contains("webhook.signature_invalid"))
        }
        let resent = try #require(deliveries.first { !$0.tampered })
        #expect(try await Self.post(resent, to: endpoint).status == 200)
        #expect(try server.interruptAndWait() == 0)

        let queue = try DatabaseQueue(path: databasePath, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let stored = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM inbox_entry WHERE supplier = 'netnova'") }
        #expect(stored == 30)
    }

    static func post(_ delivery: SignedDelivery, to url: URL) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = Data(delivery.body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(delivery.id, forHTTPHeaderField: "webhook-id")
        request.setValue(delivery.timestamp, forHTTPHeaderField: "webhook-timestamp")
        request.setValue(delivery.signature, forHTTPHeaderField: "webhook-signature")
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
