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
        // Split as bytes, as the reference senders do (splitting Characters costs more per delivery).
        let candidates = signatures.utf8.split(separator: UInt8(ascii: " ")).compactMap { Self.decodeV1(Substring($0)) }
        var matched = false
        for secret in secrets.isEmpty ? [Self.decoy] : secrets {
            let expected = secret.mac(id: id, timestamp: timestamp, body: body)
            for candidate in candidates where Self.constantTimeEqual(expected, candidate) {
                matched = true
            }
        }
        guard matched else { throw .signatureInvalid }
    }

    /// What an unknown supplier's deliveries are verified against: the same work as one secret of
    /// a known supplier (a key made per request would cost more, and show in the timing).
    static let decoy = WebhookSecret.random()

    /// Refuses timestamps that are not whole seconds or are outside the tolerance.
    public static func checkTimestamp(_ text: String, now: Date, tolerance: TimeInterval) throws(WebhookVerificationError) {
        guard text.utf8.count <= 12, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let seconds = Int64(text) else {
            throw .invalidTimestamp
        }
        guard abs(Double(seconds) - now.timeIntervalSince1970) <= tolerance else { throw .timestampOutOfTolerance }
    }

    /// The `webhook-signature` value for one secret: `v1,<base64>`.
    public static func sign(id: String, timestamp: String, body: Data, secret: WebhookSecret) -> String {
        "v1," + Data(secret.mac(id: id, timestamp: timestamp, body: body)).base64EncodedString()
    }

    private static func decodeV1(_ token: Substring) -> Data? {
        guard token.hasPrefix("v1,") else { return nil }
        return Data(base64Encoded: String(token.dropFirst(3)))
    }

    private static func constantTimeEqual(_ lhs: some ContiguousBytes, _ rhs: Data) -> Bool {
        lhs.withUnsafeBytes { lhs in
            rhs.withUnsafeBytes { rhs in
                guard lhs.count == rhs.count else { return false }
                var difference: UInt8 = 0
                for index in 0 ..< lhs.count { difference |= lhs[index] ^ rhs[index] }
                return difference == 0
            }
        }
    }
}
