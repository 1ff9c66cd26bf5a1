import AccordConnectors
import Foundation
import Testing

@Suite("Standard Webhooks signature verification")
struct WebhookVerifierTests {
    static let secret = WebhookSecret(encoded: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!
    static let id = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let timestamp = "1614265330"
    static let body = Data(#"{"test": 2432232314}"#.utf8)
    static let now = Date(timeIntervalSince1970: 1_614_265_330)

    private func verify(
        secrets: [WebhookSecret] = [secret], id: String? = id, timestamp: String? = timestamp, signatures: String?,
        body: Data = body, now: Date = now
    ) throws(WebhookVerificationError) {
        try WebhookVerifier(secrets: secrets).verify(id: id, timestamp: timestamp, signatures: signatures, body: body, now: now)
    }

    @Test("The Standard Webhooks known-answer vector")
    func knownAnswer() throws {
        #expect(WebhookVerifier.sign(id: Self.id, timestamp: Self.timestamp, body: Self.body, secret: Self.secret)
            == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        try verify(signatures: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test("Any one of several space-separated signatures may match")
    func severalSignatures() throws {
        try verify(signatures: "v1,Zm9vYmFy v2,ignored v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test("Rotation: a signature made with any active secret is accepted")
    func rotatedSecrets() throws {
        let next = try #require(WebhookSecret(encoded: "whsec_" + Data(repeating: 7, count: 32).base64EncodedString()))
        let signature = WebhookVerifier.sign(id: Self.id, timestamp: Self.timestamp, body: Self.body, secret: next)
        try verify(secrets: [Self.secret, next], signatures: signature)
        #expect(throws: WebhookVerificationError.signatureInvalid) { try verify(secrets: [Self.secret], signatures: signature) }
    }

    @Test("A changed byte of the body, id or timestamp fails", arguments: ["body", "id", "timestamp"])
    func tampered(part: String) {
        let good = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        #expect(throws: WebhookVerificationError.signatureInvalid) {
            switch part {
            case "body": try verify(signatures: good, body: Data(#"{"test": 2432232315}"#.utf8))
            case "id": try verify(id: "msg_p5jXN8AQM9LWM0D4loKWxJeK", signatures: good)
            default: try verify(timestamp: "1614265331", signatures: good)
            }
        }
    }

    @Test("Stale and future timestamps beyond five minutes fail; within tolerance they pass", arguments: [
        (-301.0, false), (301.0, false), (-299.0, true), (299.0, true),
    ])
    func tolerance(offset: Double, accepted: Bool) {
        let signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        let now = Self.now.addingTimeInterval(-offset)  // the timestamp is `offset` away from now
        if accepted {
            #expect(throws: Never.self) { try verify(signatures: signature, now: now) }
        } else {
            #expect(throws: WebhookVerificationError.timestampOutOfTolerance) { try verify(signatures: signature, now: now) }
        }
    }

    @Test("Missing headers, malformed timestamps and malformed signatures are refused", arguments: [
        (id: nil, timestamp: "1614265330", signature: "v1,x", error: WebhookVerificationError.missingHeaders),
        (id: "msg_1", timestamp: nil, signature: "v1,x", error: .missingHeaders),
        (id: "msg_1", timestamp: "1614265330", signature: nil, error: .missingHeaders),
        (id: "msg_1", timestamp: "16142653.30", signature: "v1,x", error: .invalidTimestamp),
        (id: "msg_1", timestamp: "-1614265330", signature: "v1,x", error: .invalidTimestamp),
        (id: "msg_1", timestamp: "1614265330", signature: "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", error: .signatureInvalid),
        (id: "msg_1", timestamp: "1614265330", signature: "v1,not base64!", error: .signatureInvalid),
    ] as [(id: String?, timestamp: String?, signature: String?, error: WebhookVerificationError)])
    func malformed(id: String?, timestamp: String?, signature: String?, error: WebhookVerificationError) {
        #expect(throws: error) { try verify(id: id, timestamp: timestamp, signatures: signature) }
    }

    @Test("Without any secret (an unknown supplier) nothing verifies")
    func noSecrets() {
        #expect(throws: WebhookVerificationError.signatureInvalid) {
            try verify(secrets: [], signatures: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        }
    }

    @Test("Secrets must be base64 after the whsec_ prefix")
    func secretParsing() {
        #expect(WebhookSecret(encoded: "whsec_not base64") == nil)
        #expect(WebhookSecret(encoded: "whsec_") == nil)
        #expect(WebhookSecret(encoded: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") != nil)
    }

    @Test("Error codes and messages never carry secrets or signatures", arguments: [
        WebhookVerificationError.missingHeaders, .invalidTimestamp, .timestampOutOfTolerance, .signatureInvalid,
    ])
    func messagesAreSafe(error: WebhookVerificationError) {
        #expect(error.code.hasPrefix("webhook."))
        #expect(!error.message.contains("whsec_MfKQ"))
        #expect(!error.message.contains("g0hM9SsE"))
    }
}
