import AccordCore
import Foundation

/// ``InboxStore`` in memory, for tests.
public actor MemoryInboxStore: InboxStore {
    private var entries: [InboxEntry] = []
    private var log: [Int64: [InboxAttempt]] = [:]

    public init() {}

    public func accept(_ deliveries: [InboxDelivery]) async throws -> [InboxAcceptance] {
        deliveries.map { delivery in
            if let existing = entries.first(where: { $0.delivery.supplier == delivery.supplier && $0.delivery.deliveryID == delivery.deliveryID }) {
                return existing.delivery.body == delivery.body ? .duplicate(entryID: existing.id) : .conflict(entryID: existing.id)
            }
            let id = Int64(entries.count + 1)
            entries.append(InboxEntry(id: id, delivery: delivery, status: .pending, nextAttemptAt: delivery.receivedAt))
            return .accepted(entryID: id)
        }
    }

    public func due(at now: Date, limit: Int) async throws -> [InboxEntry] {
        let due = entries.filter { $0.status == .pending && ($0.nextAttemptAt ?? .distantFuture) <= now }
        return Array(due.sorted { ($0.nextAttemptAt ?? .distantPast, $0.id) < ($1.nextAttemptAt ?? .distantPast, $1.id) }.prefix(limit))
    }

    public func entry(_ id: Int64) async throws -> InboxEntry? { entries.first { $0.id == id } }

    public func markProcessed(_ id: Int64, at: Date) async throws {
        try update(id, at: at, error: nil) { entry in
            entry.status = .processed
            entry.processedAt = at
            entry.nextAttemptAt = nil
            entry.lastError = nil
        }
    }

    public func markFailed(_ id: Int64, at: Date, error: String, retryAt: Date?) async throws {
        try update(id, at: at, error: error) { entry in
            entry.status = retryAt == nil ? .dead : .pending
            entry.nextAttemptAt = retryAt
            entry.lastError = error
        }
    }

    private func update(_ id: Int64, at: Date, error: String?, _ change: (inout InboxEntry) -> Void) throws {
        guard let index = entries.firstIndex(where: { $0.id == id }) else { throw StoreError.conflict("inbox entry \(id) does not exist") }
        entries[index].attempts += 1
        change(&entries[index])
        log[id, default: []].append(InboxAttempt(entryID: id, number: (log[id]?.count ?? 0) + 1, at: at, error: error))
    }

    public func entries(status: InboxStatus?, supplier: SupplierID?, limit: Int) async throws -> [InboxEntry] {
        Array(entries.filter { (status == nil || $0.status == status) && (supplier == nil || $0.delivery.supplier == supplier) }.prefix(limit))
    }

    @discardableResult
    public func requeue(ids: [Int64], at now: Date) async throws -> Int {
        var count = 0
        for index in entries.indices where ids.contains(entries[index].id) && entries[index].status != .pending {
            entries[index].status = .pending
            entries[index].attempts = 0
            entries[index].nextAttemptAt = now
            entries[index].processedAt = nil
            count += 1
        }
        return count
    }

    public func attempts(of id: Int64) async throws -> [InboxAttempt] { log[id] ?? [] }

    public func backlog(of supplier: SupplierID) async throws -> Int {
        entries.filter { $0.delivery.supplier == supplier && $0.status == .pending }.count
    }
}
