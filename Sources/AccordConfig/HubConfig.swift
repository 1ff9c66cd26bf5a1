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

    public init(listen: Listen = .init(), storage: Storage = .init(), limits: Limits = .init()) {
        self.listen = listen
        self.storage = storage
        self.limits = limits
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

        public init(sqlitePath: String = "./accord.sqlite") { self.sqlitePath = sqlitePath }
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
