import Foundation

/// An API token as the hub keeps it: never the token itself, only its SHA-256 digest.
///
/// The token text (`acc_…`) is shown once when it is created; a lost token is revoked and
/// replaced, never recovered.
public struct ApiToken: Sendable, Hashable, Codable, Identifiable {
    public var id: ApiTokenID
    public var principal: Principal
    /// A label for people (`netnova-prod`); not secret.
    public var name: String
    /// Lowercase hex SHA-256 of the token text.
    public var digest: String
    public var createdAt: Date
    /// When the token stopped working; `nil` while it is active.
    public var revokedAt: Date?

    public init(id: ApiTokenID, principal: Principal, name: String, digest: String, createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.principal = principal
        self.name = name
        self.digest = digest
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// Whether requests may still authenticate with it.
    public var isActive: Bool { revokedAt == nil }
}

/// Identifies an ``ApiToken`` (`tok_` + 16 hex digits); safe to print and log.
public struct ApiTokenID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
