import Crypto
import Foundation

/// A Standard Webhooks signing secret: `whsec_` followed by base64 key bytes.
public struct WebhookSecret: Sendable {
    let key: SymmetricKey

    /// Parses `whsec_<base64>` (the prefix is optional); `nil` when the key is not base64 or empty.
    public init?(encoded: String) {
        let base64 = encoded.hasPrefix("whsec_") ? String(encoded.dropFirst(6)) : encoded
        guard let bytes = Data(base64Encoded: base64), !bytes.isEmpty else { return nil }
        key = SymmetricKey(data: bytes)
    }

    /// A random secret, used to give unknown suppliers the same verification work as known ones.
    public static func random() -> WebhookSecret {
        WebhookSecret(key: SymmetricKey(size: .bits256))
    }

    private init(key: SymmetricKey) { self.key = key }

    /// The raw HMAC-SHA256 over `{id}.{timestamp}.{body}`.
    func mac(id: String, timestamp: String, body: Data) -> Data {
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        return Data(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }
}
