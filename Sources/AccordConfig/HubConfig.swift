/// Settings of the hub process from `Config/hub.yaml`; every field has a default.
///
/// ```yaml
/// listen: {host: 127.0.0.1, port: 8080}
/// storage: {sqlite: {path: ./accord.sqlite}}
/// limits: {maxRequestBytes: 5242880, maxPageSize: 500}
/// ```
public struct HubConfig: Sendable, Hashable {
    public var listen: Listen
    public var storage: Storage
    public var limits: Limits
    public var webhooks: Webhooks
    public var api: API

    public init(
        listen: Listen = .init(), storage: Storage = .init(), limits: Limits = .init(), webhooks: Webhooks = .init(), api: API = .init()
    ) {
        self.listen = listen
        self.storage = storage
        self.limits = limits
        self.webhooks = webhooks
        self.api = api
    }

    /// How the token-guarded REST API (`/api/v1`, `/tmf-api`) protects itself.
    public struct API: Sendable, Hashable {
        /// Sustained requests per second per API token (429 with `Retry-After` above).
        public var ratePerSecond: Double
        /// Requests a token may make in a burst above the sustained rate.
        public var burst: Int
        /// Whether TMF621 listener callbacks may name link-local addresses (169.254.0.0/16, fe80::/10,
        /// where cloud metadata services live). Off by default: a token holder could otherwise make
        /// the hub POST to them.
        public var allowLinkLocalCallbacks: Bool

        public init(ratePerSecond: Double = 50, burst: Int = 100, allowLinkLocalCallbacks: Bool = false) {
            self.ratePerSecond = ratePerSecond
            self.burst = burst
            self.allowLinkLocalCallbacks = allowLinkLocalCallbacks
        }
    }

    /// How `POST /webhooks/{supplier}` protects itself and its senders.
    public struct Webhooks: Sendable, Hashable {
        /// Largest accepted body (413 above).
        public var maxBodyBytes: Int
        /// How far `webhook-timestamp` may be from the hub's clock, either way.
        public var timestampToleranceSeconds: Int
        /// Pending inbox entries of one supplier above which deliveries get 503 with `Retry-After`.
        public var maxBacklog: Int
        /// Sustained deliveries per second per supplier (429 with `Retry-After` above).
        public var ratePerSecond: Double
        /// Deliveries a supplier may send in a burst above the sustained rate.
        public var burst: Int

        public init(maxBodyBytes: Int = 5 * 1024 * 1024, timestampToleranceSeconds: Int = 300, maxBacklog: Int = 10_000,
                    ratePerSecond: Double = 200, burst: Int = 400) {
            self.maxBodyBytes = maxBodyBytes
            self.timestampToleranceSeconds = timestampToleranceSeconds
            self.maxBacklog = maxBacklog
            self.ratePerSecond = ratePerSecond
            self.burst = burst
        }
    }

    /// Where the HTTP server listens.
    public struct Listen: Sendable, Hashable {
        public var host: String
        public var port: Int

        public init(host: String = "127.0.0.1", port: Int = 8080) {
            self.host = host
            self.port = port
        }
    }

    /// Where data is kept. Relative paths are resolved against the working directory of the process.
    public struct Storage: Sendable, Hashable {
        /// The SQLite database file.
        public var sqlitePath: String
        /// SQLite's `synchronous` level: `full` (default: an acknowledged delivery survives power
        /// loss) or `normal` (faster; the last commits may be lost on power loss).
        public var synchronous: String

        public init(sqlitePath: String = "./accord.sqlite", synchronous: String = "full") {
            self.sqlitePath = sqlitePath
            self.synchronous = synchronous
        }
    }

    /// Protective limits on what clients may send or ask for.
    public struct Limits: Sendable, Hashable {
        /// Largest accepted request body, in bytes.
        public var maxRequestBytes: Int
        /// Largest page a list endpoint returns.
        public var maxPageSize: Int

        public init(maxRequestBytes: Int = 5 * 1024 * 1024, maxPageSize: Int = 500) {
            self.maxRequestBytes = maxRequestBytes
            self.maxPageSize = maxPageSize
        }
    }
}
