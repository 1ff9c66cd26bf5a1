/// Protective limits of the REST API: body size and page size (from `hub.yaml` `limits`), and the
/// per-token request rate (`hub.yaml` `api`).
public struct APILimits: Sendable {
    public var maxRequestBytes: Int
    public var maxPageSize: Int
    /// Requests per second each token may sustain; above it, 429 with `Retry-After`.
    public var ratePerSecond: Double
    /// Requests a token may make at once.
    public var burst: Int

    public init(maxRequestBytes: Int = 5 * 1024 * 1024, maxPageSize: Int = 500, ratePerSecond: Double = 50, burst: Int = 100) {
        self.maxRequestBytes = maxRequestBytes
        self.maxPageSize = maxPageSize
        self.ratePerSecond = ratePerSecond
        self.burst = burst
    }
}
