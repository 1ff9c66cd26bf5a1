extension HubConfig {
    /// Reads `hub.yaml`; absent sections keep their defaults.
    static func read(_ root: YAMLValue, _ log: DiagnosticLog) -> HubConfig {
        var config = HubConfig()
        guard let hub = root.mapping(log, "hub settings", allowedKeys: ["listen", "storage", "limits", "webhooks", "api"]) else { return config }
        if let listen = hub["listen"]?.mapping(log, "'listen'", allowedKeys: ["host", "port"]) {
            if let hostValue = listen["host"], let host = listen.optionalString("host", log) {
                if host.isEmpty || host.contains(where: \.isWhitespace) {
                    log.error("'host' must be a host name or IP address (found '\(host)')", at: hostValue.location)
                } else {
                    config.listen.host = host
                }
            }
            if let port = listen.integer("port", in: 0...65_535, log) { config.listen.port = port }
        }
        if let storage = hub["storage"]?.mapping(log, "'storage'", allowedKeys: ["sqlite"]),
           let sqlite = storage["sqlite"]?.mapping(log, "'sqlite'", allowedKeys: ["path", "synchronous"]) {
            if let path = sqlite.requiredString("path", log) { config.storage.sqlitePath = path }
            if let value = sqlite["synchronous"], let text = sqlite.optionalString("synchronous", log) {
                if ["full", "normal"].contains(text) {
                    config.storage.synchronous = text
                } else {
                    log.error("'synchronous' must be one of full, normal (found '\(text)')", at: value.location)
                }
            }
        }
        if let limits = hub["limits"]?.mapping(log, "'limits'", allowedKeys: ["maxRequestBytes", "maxPageSize"]) {
            if let bytes = limits.integer("maxRequestBytes", in: 1024...(1 << 30), log) { config.limits.maxRequestBytes = bytes }
            if let size = limits.integer("maxPageSize", in: 1...10_000, log) { config.limits.maxPageSize = size }
        }
        if let webhooks = hub["webhooks"]?.mapping(
            log, "'webhooks'", allowedKeys: ["maxBodyBytes", "timestampToleranceSeconds", "maxBacklog", "ratePerSecond", "burst"]
        ) {
            if let value = webhooks.integer("maxBodyBytes", in: 1024...(1 << 30), log) { config.webhooks.maxBodyBytes = value }
            if let value = webhooks.integer("timestampToleranceSeconds", in: 1...86_400, log) { config.webhooks.timestampToleranceSeconds = value }
            if let value = webhooks.integer("maxBacklog", in: 1...10_000_000, log) { config.webhooks.maxBacklog = value }
            if let value = webhooks.integer("ratePerSecond", in: 1...1_000_000, log) { config.webhooks.ratePerSecond = Double(value) }
            if let value = webhooks.integer("burst", in: 1...1_000_000, log) { config.webhooks.burst = value }
        }
        if let api = hub["api"]?.mapping(log, "'api'", allowedKeys: ["ratePerSecond", "burst", "allowLinkLocalCallbacks"]) {
            if let value = api.integer("ratePerSecond", in: 1...1_000_000, log) { config.api.ratePerSecond = Double(value) }
            if let value = api.integer("burst", in: 1...1_000_000, log) { config.api.burst = value }
            if let value = api.boolean("allowLinkLocalCallbacks", log) { config.api.allowLinkLocalCallbacks = value }
        }
        return config
    }
}
