import AccordCore
import Foundation
import Synchronization

/// Knows each supplier's pending inbox backlog without counting it on every delivery.
///
/// The count is read from the store at most once per `refreshInterval` per supplier and kept up to
/// date in between by counting the deliveries this process accepts, so a full backlog is noticed
/// within that interval (the worker draining it is noticed at the next refresh). A lock, not an
/// actor: it is consulted on every delivery, and only a refresh waits for the store.
final class BacklogGauge: Sendable {
    private struct Reading {
        var count: Int
        var at: Date
    }

    private let refreshInterval: TimeInterval
    private let readings = Mutex<[SupplierID: Reading]>([:])

    init(refreshInterval: TimeInterval = 1) {
        self.refreshInterval = refreshInterval
    }

    /// Whether `supplier` has at least `limit` deliveries waiting, as of `now`.
    func isFull(_ supplier: SupplierID, limit: Int, now: Date, count: @Sendable () async throws -> Int) async throws -> Bool {
        let current: Int? = readings.withLock { readings in
            guard let reading = readings[supplier], now.timeIntervalSince(reading.at) < refreshInterval, now >= reading.at else { return nil }
            return reading.count
        }
        if let current { return current >= limit }
        let fresh = try await count()
        readings.withLock { $0[supplier] = Reading(count: fresh, at: now) }
        return fresh >= limit
    }

    /// Counts a delivery this process just stored for `supplier`.
    func accepted(_ supplier: SupplierID) {
        readings.withLock { _ = $0[supplier]?.count += 1 }
    }
}
