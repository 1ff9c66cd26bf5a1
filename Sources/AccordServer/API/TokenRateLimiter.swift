import AccordCore
import Foundation

/// A token bucket per API token: `ratePerSecond` sustained, `burst` at once.
actor TokenRateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let ratePerSecond: Double
    private let burst: Double
    private var buckets: [ApiTokenID: Bucket] = [:]

    init(ratePerSecond: Double, burst: Int) {
        self.ratePerSecond = max(0.001, ratePerSecond)
        self.burst = Double(max(1, burst))
    }

    /// Takes one request; `nil` when allowed, else the whole seconds to wait.
    func take(_ id: ApiTokenID, now: Date) -> Int? {
        var bucket = buckets[id] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * ratePerSecond)
        bucket.updated = now
        defer { buckets[id] = bucket }
        guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / ratePerSecond).rounded(.up))) }
        bucket.tokens -= 1
        return nil
    }
}
