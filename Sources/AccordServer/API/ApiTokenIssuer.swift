import AccordCore
import Crypto
import Foundation

/// Creates API tokens and computes the digests they are stored and looked up by.
///
/// A token is `acc_` followed by 32 random bytes in base64url (no padding); the store keeps only
/// its SHA-256, so a leaked database does not leak working tokens.
public struct ApiTokenIssuer: Sendable {
    let tokens: any TokenStore

    public init(tokens: any TokenStore) { self.tokens = tokens }

    /// Creates and stores a token; returns its record and the token text (shown once, never stored).
    public func create(principal: Principal, name: String, now: Date) async throws -> (token: ApiToken, secret: String) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secret = "acc_" + Self.base64URL(Data(bytes))
        let idBytes = (0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let id = ApiTokenID("tok_" + idBytes.map { String(format: "%02x", $0) }.joined())
        let token = ApiToken(id: id, principal: principal, name: name, digest: Self.digest(of: secret), createdAt: now)
        try await tokens.insert(token)
        return (token, secret)
    }

    /// The active token that `secret` is, or `nil` (unknown, malformed or revoked).
    public func authenticate(_ secret: String) async throws -> ApiToken? {
        guard secret.hasPrefix("acc_"), secret.utf8.count <= 128 else { return nil }
        guard let token = try await tokens.token(digest: Self.digest(of: secret)), token.isActive else { return nil }
        return token
    }

    /// Lowercase hex SHA-256 of the token text.
    public static func digest(of secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
