import Crypto
import Foundation

/// A Standard Webhooks signing secret: `whsec_` followed by base64 key bytes.
public struct WebhookSecret: Sendable {
    /// HMAC-SHA256 keyed with the secret, copied for each message: the key's inner and outer pads
    /// are hashed once, not on every delivery (the copy shares them until it is updated).
    private let keyed: HMAC<SHA256>

    /// Parses `whsec_<base64>` (the prefix is optional); `nil` when the key is not base64 or empty.
    public init?(encoded: String) {
        let base64 = encoded.hasPrefix("whsec_") ? String(encoded.dropFirst(6)) : encoded
        guard let bytes = Data(base64Encoded: base64), !bytes.isEmpty else { return nil }
        self.init(key: SymmetricKey(data: bytes))
    }

    /// A random secret, used to give unknown suppliers the same verification work as known ones.
    public static func random() -> WebhookSecret {
        WebhookSecret(key: SymmetricKey(size: .bits256))
    }

    private init(key: SymmetricKey) { keyed = HMAC(key: key) }

    /// The raw HMAC-SHA256 over `{id}.{timestamp}.{body}`: the short prefix is built, the body fed
    /// as it is (not joined into a copy). Two updates: each costs a generic `DataProtocol` walk.
    func mac(id: String, timestamp: String, body: Data) -> HashedAuthenticationCode<SHA256> {
        var prefix: [UInt8] = []
        prefix.reserveCapacity(id.utf8.count + timestamp.utf8.count + 2)
        prefix += id.utf8
        prefix.append(UInt8(ascii: "."))
        prefix += timestamp.utf8
        prefix.append(UInt8(ascii: "."))
        var hmac = keyed
        hmac.update(data: prefix)
        hmac.update(data: body)
        return hmac.finalize()
    }
}
