/// What a ledger entry records.
public enum LedgerEntryKind: String, Sendable, Codable, CaseIterable, Hashable {
    case started
    case paused
    case resumed
    /// Business elapsed reached the agreement's warning threshold.
    case warned
    /// Business elapsed exceeded the target.
    case breached
    case stopped
    case reopened
    /// The ticket's priority changed; the target follows it and elapsed time carries over.
    case targetChanged
    /// Opens a new block: the clocks were derived again after a late or out-of-order event.
    case recomputed
}
