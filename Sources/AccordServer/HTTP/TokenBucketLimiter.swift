import Foundation
import Synchronization

/// A token bucket per key (a supplier for webhooks, an API token for the REST API):
/// `ratePerSecond` sustained, `burst` at once.
///
/// A lock, not an actor: every request takes a token, and an actor hop per request costs a
/// thread switch on a busy server for a few nanoseconds of work.
final class TokenBucketLimiter<Key: Hashable & Sendable>: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let ratePerSecond: Double
    private let burst: Double
    private let buckets = Mutex<[Key: Bucket]>([:])

    init(ratePerSecond: Double, burst: Int) {
        self.ratePerSecond = max(0.001, ratePerSecond)
        self.burst = Double(max(1, burst))
    }

    /// Takes one request's token; `nil` when allowed, else the whole seconds to wait before retrying.
    func take(_ key: Key, now: Date) -> Int? {
        buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * ratePerSecond)
            bucket.updated = now
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / ratePerSecond).rounded(.up))) }
            bucket.tokens -= 1
            return nil
        }
    }
}
