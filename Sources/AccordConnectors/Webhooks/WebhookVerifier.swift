import Foundation

/// Verifies Standard Webhooks signatures: `v1,` + base64 HMAC-SHA256 over
/// `{webhook-id}.{webhook-timestamp}.{body}`.
///
/// Several space-separated signatures are accepted (senders sign with each active secret), and
/// several secrets are tried (rotation). Comparison is constant-time, and a failed verification
/// always checks every signature against every secret.
public struct WebhookVerifier: Sendable {
    public var secrets: [WebhookSecret]
    /// How far `webhook-timestamp` may be from the hub's clock, either way.
    public var tolerance: TimeInterval

    public init(secrets: [WebhookSecret], tolerance: TimeInterval = 300) {
        self.secrets = secrets
        self.tolerance = tolerance
    }

    /// Throws unless the headers carry a fresh timestamp and a signature made with an active secret.
    public func verify(id: String?, timestamp: String?, signatures: String?, body: Data, now: Date) throws(WebhookVerificationError) {
        guard let id, !id.isEmpty, let timestamp, !timestamp.isEmpty, let signatures, !signatures.isEmpty else {
            throw .missingHeaders
        }
        try Self.checkTimestamp(timestamp, now: now, tolerance: tolerance)
        let candidates = signatures.split(separator: " ").compactMap(Self.decodeV1)
        var matched = false
        for secret in secrets.isEmpty ? [WebhookSecret.random()] : secrets {
            let expected = secret.mac(id: id, timestamp: timestamp, body: body)
            for candidate in candidates where Self.constantTimeEqual(expected, candidate) {
                matched = true
            }
        }
        guard matched else { throw .signatureInvalid }
    }

    /// Refuses timestamps that are not whole seconds or are outside the tolerance.
    public static func checkTimestamp(_ text: String, now: Date, tolerance: TimeInterval) throws(WebhookVerificationError) {
        guard text.count <= 12, text.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int64(text) else {
            throw .invalidTimestamp
        }
        guard abs(Double(seconds) - now.timeIntervalSince1970) <= tolerance else { throw .timestampOutOfTolerance }
    }

    /// The `webhook-signature` value for one secret: `v1,<base64>`.
    public static func sign(id: String, timestamp: String, body: Data, secret: WebhookSecret) -> String {
        "v1," + secret.mac(id: id, timestamp: timestamp, body: body).base64EncodedString()
    }

    private static func decodeV1(_ token: Substring) -> Data? {
        guard token.hasPrefix("v1,") else { return nil }
        return Data(base64Encoded: String(token.dropFirst(3)))
    }

    private static func constantTimeEqual(_ lhs: Data, _ rhs: Data) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(lhs, rhs) { difference |= a ^ b }
        return difference == 0
    }
}
