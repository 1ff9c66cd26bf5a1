/// A way data moves between a supplier and the hub.
public enum Channel: String, Sendable, Codable, CaseIterable {
    /// Accord's own ticket API (Use tier).
    case nativeAPI
    /// Signed webhooks pushed by the supplier's tool.
    case webhook
    /// Accord polling the supplier's API.
    case poll
    /// Files dropped in a directory (JSON, XML, CSV).
    case fileDrop
    /// A vendor's service-health feed, read-only.
    case statusFeed
    /// Accord's changes pushed back to the supplier, retried until delivered.
    case outbox
    /// Notifications sent to listeners registered on the native API.
    case notification
    /// Changes made by an operator through the CLI or configuration.
    case `operator`
}
