import AccordCore
import Foundation

/// Knows each supplier's pending inbox backlog without counting it on every delivery.
///
/// The count is read from the store at most once per `refreshInterval` per supplier and kept up to
/// date in between by counting the deliveries this process accepts, so a full backlog is noticed
/// within that interval (the worker draining it is noticed at the next refresh).
actor BacklogGauge {
    private struct Reading {
        var count: Int
        var at: Date
    }

    private let refreshInterval: TimeInterval
    private var readings: [SupplierID: Reading] = [:]

    init(refreshInterval: TimeInterval = 1) {
        self.refreshInterval = refreshInterval
    }

    /// Whether `supplier` has at least `limit` deliveries waiting, as of `now`.
    func isFull(_ supplier: SupplierID, limit: Int, now: Date, count: @Sendable () async throws -> Int) async throws -> Bool {
        if let reading = readings[supplier], now.timeIntervalSince(reading.at) < refreshInterval, now >= reading.at {
            return reading.count >= limit
        }
        let fresh = try await count()
        readings[supplier] = Reading(count: fresh, at: now)
        return fresh >= limit
    }

    /// Counts a delivery this process just stored for `supplier`.
    func accepted(_ supplier: SupplierID) {
        readings[supplier]?.count += 1
    }
}
