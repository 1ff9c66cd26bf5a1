/// Who a pending ticket is waiting on; agreements pause their clocks by party.
public enum PendingParty: String, Sendable, Codable, CaseIterable, Hashable {
    case customer
    case supplier
    case thirdParty
    /// Waiting for a change to be implemented.
    case change
}
