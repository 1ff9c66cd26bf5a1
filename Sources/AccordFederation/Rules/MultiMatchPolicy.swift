/// What identification does when a record matches several golden CIs.
public enum MultiMatchPolicy: String, Sendable, Hashable, CaseIterable {
    /// Leave the record unlinked and list it for review (`accord cmdb link|split`).
    case park
    /// Link it to the oldest candidate and flag the others as its duplicates.
    case linkOldest
}
