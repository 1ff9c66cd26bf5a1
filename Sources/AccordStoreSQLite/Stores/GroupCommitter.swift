import AccordCore

/// Lets concurrent callers share one write transaction ("group commit").
///
/// The first caller leads: it writes its own items together with everything queued meanwhile, in
/// one call of `write` (one transaction), and only then resumes the callers whose items were in
/// it. Callers that arrived during that write wait; the first of them leads the next batch. No
/// caller returns before the transaction holding its items has committed.
public actor GroupCommitter<Item: Sendable, Outcome: Sendable> {
    private enum Signal {
        case done([Outcome])
        case lead
    }

    private struct Waiter {
        let items: [Item]
        let continuation: CheckedContinuation<Signal, any Error>
    }

    private let write: @Sendable ([Item]) async throws -> [Outcome]
    private var queue: [Waiter] = []
    private var busy = false

    /// `write` must return one outcome per item, in order, after its transaction committed.
    public init(write: @escaping @Sendable ([Item]) async throws -> [Outcome]) {
        self.write = write
    }

    public func submit(_ items: [Item]) async throws -> [Outcome] {
        guard busy else {
            busy = true
            return try await lead(items)
        }
        let signal = try await withCheckedThrowingContinuation { continuation in
            queue.append(Waiter(items: items, continuation: continuation))
        }
        switch signal {
        case .done(let outcomes): return outcomes
        case .lead: return try await lead(items)
        }
    }

    private func lead(_ own: [Item]) async throws -> [Outcome] {
        let batch = queue
        queue.removeAll()
        let all = own + batch.flatMap(\.items)
        let outcomes: [Outcome]
        do {
            outcomes = try await write(all)
            guard outcomes.count == all.count else { throw StoreError.corrupt("group commit returned \(outcomes.count) outcomes for \(all.count) items") }
        } catch {
            for waiter in batch { waiter.continuation.resume(throwing: error) }
            handOver()
            throw error
        }
        var offset = own.count
        for waiter in batch {
            waiter.continuation.resume(returning: .done(Array(outcomes[offset..<offset + waiter.items.count])))
            offset += waiter.items.count
        }
        handOver()
        return Array(outcomes.prefix(own.count))
    }

    /// Passes leadership to the first caller that queued during the write, or goes idle.
    private func handOver() {
        if queue.isEmpty {
            busy = false
        } else {
            let next = queue.removeFirst()
            // `next` now leads with its own items; the rest of the queue joins its batch.
            next.continuation.resume(returning: .lead)
        }
    }
}
