import Foundation

/// Keeps API tokens (by digest, never in clear).
public protocol TokenStore: Sendable {
    /// Inserts a token; an id or digest already stored throws ``StoreError/conflict(_:)``.
    func insert(_ token: ApiToken) async throws
    /// The token with this digest, active or revoked.
    func token(digest: String) async throws -> ApiToken?
    /// Every token, ordered by creation time then id.
    func allTokens() async throws -> [ApiToken]
    /// Marks a token revoked at `at`; returns `false` when no such token exists. Revoking a
    /// revoked token keeps its first revocation time.
    @discardableResult
    func revoke(_ id: ApiTokenID, at: Date) async throws -> Bool
}
