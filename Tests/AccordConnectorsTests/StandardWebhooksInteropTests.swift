import AccordConnectors
import AccordTestSupport
import Foundation
import Testing

/// Deliveries signed by the Python `standardwebhooks` package (`scripts/sign_webhooks.py`), an
/// independent implementation of the scheme: every genuine one verifies, every tampered one fails.
@Suite("Interop with the Python standardwebhooks sender")
struct StandardWebhooksInteropTests {
    static let secret = "whsec_" + Data((0..<32).map { UInt8($0 * 7 % 256) }).base64EncodedString()

    @Test(
        "Genuine deliveries verify; one changed byte of body, id or timestamp fails",
        .enabled(if: SignedDelivery.pythonSenderAvailable, "python3 with the standardwebhooks package is not installed")
    )
    func pythonSignedDeliveries() throws {
        let deliveries = try SignedDelivery.generate(count: 40, secret: Self.secret)
        let verifier = WebhookVerifier(secrets: [try #require(WebhookSecret(encoded: Self.secret))])
        let genuine = deliveries.filter { !$0.tampered }
        let tampered = deliveries.filter(\.tampered)
        #expect(genuine.count == 40)
        #expect(tampered.count == 40)
        #expect(genuine.contains { $0.body.contains { !$0.isASCII } }, "some bodies carry raw non-ASCII UTF-8")
        let now = Date()
        for delivery in genuine {
            #expect(throws: Never.self, "\(delivery.id)") {
                try verifier.verify(id: delivery.id, timestamp: delivery.timestamp, signatures: delivery.signature, body: Data(delivery.body.utf8), now: now)
            }
        }
        for delivery in tampered {
            #expect(throws: WebhookVerificationError.signatureInvalid, "\(delivery.id) (\(delivery.tamperedPart ?? ""))") {
                try verifier.verify(id: delivery.id, timestamp: delivery.timestamp, signatures: delivery.signature, body: Data(delivery.body.utf8), now: now)
            }
        }
    }

    @Test(
        "A second, rotated secret verifies the same sender's deliveries",
        .enabled(if: SignedDelivery.pythonSenderAvailable, "python3 with the standardwebhooks package is not installed")
    )
    func rotatedSecret() throws {
        let deliveries = try SignedDelivery.generate(count: 3, secret: Self.secret).filter { !$0.tampered }
        let old = try #require(WebhookSecret(encoded: "whsec_" + Data(repeating: 1, count: 24).base64EncodedString()))
        let verifier = WebhookVerifier(secrets: [old, try #require(WebhookSecret(encoded: Self.secret))])
        for delivery in deliveries {
            try verifier.verify(id: delivery.id, timestamp: delivery.timestamp, signatures: delivery.signature, body: Data(delivery.body.utf8), now: Date())
        }
    }
}
