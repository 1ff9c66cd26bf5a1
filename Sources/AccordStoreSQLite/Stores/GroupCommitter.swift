import AccordCore
import Foundation

/// Lets concurrent callers share one write transaction ("group commit").
///
/// Callers queue their items; one drain runs on the writer (`schedule` puts it there, e.g. on
/// GRDB's writer queue) and commits everything queued so far in one call of `write` (one
/// transaction), resumes those callers, and goes on with what queued meanwhile. No caller returns
/// before the transaction holding its items has committed.
///
/// The drain stays on the writer between transactions instead of hopping through the Swift
/// concurrency pool: under load that hop, queued behind request handlers, cost as much as the
/// disk sync itself. After `roundsPerTurn` transactions it schedules itself again, so other
/// writes waiting for the writer (the inbox worker) get their turn.
public final class GroupCommitter<Connection, Item: Sendable, Outcome: Sendable>: @unchecked Sendable {
    // @unchecked: `queue` and `draining` are only read and written while holding `lock`; the
    // closures are Sendable.
    private struct Waiter {
        let items: [Item]
        let continuation: CheckedContinuation<[Outcome], any Error>
    }

    private let schedule: @Sendable (@escaping @Sendable (Connection) -> Void) -> Void
    private let write: @Sendable (Connection, [Item]) throws -> [Outcome]
    private let roundsPerTurn: Int
    private let lock = NSLock()
    private var queue: [Waiter] = []
    private var draining = false

    /// `schedule` runs its argument on the writer with the connection; `write` must return one
    /// outcome per item, in order, after its transaction committed.
    public init(
        roundsPerTurn: Int = 4,
        schedule: @escaping @Sendable (@escaping @Sendable (Connection) -> Void) -> Void,
        write: @escaping @Sendable (Connection, [Item]) throws -> [Outcome]
    ) {
        self.roundsPerTurn = max(1, roundsPerTurn)
        self.schedule = schedule
        self.write = write
    }

    public func submit(_ items: [Item]) async throws -> [Outcome] {
        try await withCheckedThrowingContinuation { continuation in
            let starts = lock.withLock {
                queue.append(Waiter(items: items, continuation: continuation))
                defer { draining = true }
                return !draining
            }
            if starts { schedule { self.drain($0) } }
        }
    }

    /// Commits what is queued, batch after batch, until the queue is empty or the turn is over.
    private func drain(_ connection: Connection) {
        for _ in 0 ..< roundsPerTurn {
            let batch = lock.withLock {
                let batch = queue
                queue.removeAll(keepingCapacity: true)
                if batch.isEmpty { draining = false }
                return batch
            }
            if batch.isEmpty { return }
            commit(batch, connection)
        }
        schedule { self.drain($0) }
    }

    private func commit(_ batch: [Waiter], _ connection: Connection) {
        let all = batch.flatMap(\.items)
        let outcomes: [Outcome]
        do {
            outcomes = try write(connection, all)
            guard outcomes.count == all.count else { throw StoreError.corrupt("group commit returned \(outcomes.count) outcomes for \(all.count) items") }
        } catch {
            for waiter in batch { waiter.continuation.resume(throwing: error) }
            return
        }
        var offset = 0
        for waiter in batch {
            waiter.continuation.resume(returning: Array(outcomes[offset ..< offset + waiter.items.count]))
            offset += waiter.items.count
        }
    }
}
