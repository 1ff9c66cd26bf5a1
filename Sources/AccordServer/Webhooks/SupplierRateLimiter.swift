import AccordCore
import Foundation

/// A token bucket per supplier: `ratePerSecond` sustained, `burst` at once.
actor SupplierRateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let ratePerSecond: Double
    private let burst: Double
    private var buckets: [SupplierID: Bucket] = [:]

    init(ratePerSecond: Double, burst: Int) {
        self.ratePerSecond = ratePerSecond
        self.burst = Double(max(1, burst))
    }

    /// Takes a token; returns `nil` when allowed, else the whole seconds to wait before retrying.
    func take(_ supplier: SupplierID, now: Date) -> Int? {
        var bucket = buckets[supplier] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * ratePerSecond)
        bucket.updated = now
        defer { buckets[supplier] = bucket }
        guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / ratePerSecond).rounded(.up))) }
        bucket.tokens -= 1
        return nil
    }
}
