import Foundation

/// Keeps every raw delivery before it is acknowledged, and tracks its processing.
///
/// Deliveries are never deleted, so delivery ids are remembered as long as the database lives
/// (well beyond the 7 days senders retry for).
public protocol InboxStore: Sendable {
    /// Stores deliveries durably (one transaction for all of them) and says, per delivery, whether
    /// it is new, a duplicate or a conflicting reuse of a delivery id. Returns only after commit.
    func accept(_ deliveries: [InboxDelivery]) async throws -> [InboxAcceptance]
    /// Pending entries due at `now`, oldest first, at most `limit`.
    func due(at now: Date, limit: Int) async throws -> [InboxEntry]
    func entry(_ id: Int64) async throws -> InboxEntry?
    /// Marks an entry processed and logs the successful attempt.
    func markProcessed(_ id: Int64, at: Date) async throws
    /// Logs a failed attempt; the entry is retried at `retryAt`, or becomes dead when `retryAt` is nil.
    func markFailed(_ id: Int64, at: Date, error: String, retryAt: Date?) async throws
    /// Entries filtered by status and supplier, oldest first.
    func entries(status: InboxStatus?, supplier: SupplierID?, limit: Int) async throws -> [InboxEntry]
    /// Puts dead (or processed) entries back to pending, due at `now`, with their attempt count reset.
    /// Returns how many entries were requeued.
    @discardableResult
    func requeue(ids: [Int64], at now: Date) async throws -> Int
    /// The attempt log of an entry, oldest first.
    func attempts(of id: Int64) async throws -> [InboxAttempt]
    /// How many entries of `supplier` wait for processing.
    func backlog(of supplier: SupplierID) async throws -> Int
}
