import AccordCore
import Foundation

/// ``TokenStore`` in memory, for tests.
public actor MemoryTokenStore: TokenStore {
    private var tokens: [ApiTokenID: ApiToken] = [:]

    public init() {}

    public func insert(_ token: ApiToken) async throws {
        guard tokens[token.id] == nil, !tokens.values.contains(where: { $0.digest == token.digest }) else {
            throw StoreError.conflict("api token \(token.id) or its digest is already stored")
        }
        tokens[token.id] = token
    }

    public func token(digest: String) async throws -> ApiToken? { tokens.values.first { $0.digest == digest } }

    public func allTokens() async throws -> [ApiToken] {
        tokens.values.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    @discardableResult
    public func revoke(_ id: ApiTokenID, at: Date) async throws -> Bool {
        guard var token = tokens[id] else { return false }
        if token.revokedAt == nil { token.revokedAt = at }
        tokens[id] = token
        return true
    }
}
