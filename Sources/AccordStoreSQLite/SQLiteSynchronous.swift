/// SQLite's `synchronous` setting for the hub's database file.
public enum SQLiteSynchronous: String, Sendable, CaseIterable {
    /// Every commit is synced to disk before it returns: acknowledged writes survive power loss.
    case full
    /// Syncs at WAL checkpoints only: faster, may lose the last commits on power loss.
    case normal
}
