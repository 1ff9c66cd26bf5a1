import AccordConfig
import AccordMapping
import Foundation
import Logging

/// Everything `accord demo` (or a test) decides about one demo run.
public struct DemoOptions: Sendable {
    /// The loaded sample configuration; the demo changes only its in-memory copy.
    public var configuration: AccordConfiguration
    public var adapters: [String: Adapter]
    /// Deleted (with its WAL files) and created afresh.
    public var databasePath: String
    /// Stratus' file-drop directory for the demo (created; the config's is left alone).
    public var dropDirectory: URL
    public var host: String
    /// The hub's port; 0 picks a free one.
    public var port: Int
    public var month: SyntheticMonth.Parameters
    /// Ctrl-C / SIGTERM stop the servers gracefully (the CLI); tests leave signals alone.
    public var handlesSignals: Bool
    /// Keep serving after the scorecards until a signal (the CLI); tests stop at once.
    public var keepsRunning: Bool
    public var logger: Logger

    public init(
        configuration: AccordConfiguration, adapters: [String: Adapter], databasePath: String, dropDirectory: URL,
        host: String = "127.0.0.1", port: Int = 0, month: SyntheticMonth.Parameters,
        handlesSignals: Bool = false, keepsRunning: Bool = false, logger: Logger = Logger(label: "accord.demo")
    ) {
        self.configuration = configuration
        self.adapters = adapters
        self.databasePath = databasePath
        self.dropDirectory = dropDirectory
        self.host = host
        self.port = port
        self.month = month
        self.handlesSignals = handlesSignals
        self.keepsRunning = keepsRunning
        self.logger = logger
    }
}

/// The demo's own supplier secrets, set in its environment only (never in `Config/`).
enum DemoSecrets {
    static let netnovaWebhook = "whsec_ZGVtby1uZXRub3ZhLXdlYmhvb2stc2VjcmV0LTIwMjY="
    static let netnovaWebhookNext = "whsec_ZGVtby1uZXRub3ZhLXdlYmhvb2stbmV4dC0yMDI2"
    static let stratusUser = "accord-demo"
    static let stratusPassword = "demo-password"
    static let m365Token = "demo-graph-token"

    /// The process environment with the demo values for every variable the sample suppliers name.
    static func environment(_ base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        base.merging([
            "ACCORD_NETNOVA_WEBHOOK_SECRET": netnovaWebhook, "ACCORD_NETNOVA_WEBHOOK_SECRET_NEXT": netnovaWebhookNext,
            "ACCORD_NETNOVA_API_TOKEN": "demo-netnova-api-token",
            "ACCORD_STRATUS_USER": stratusUser, "ACCORD_STRATUS_PASSWORD": stratusPassword, "ACCORD_M365_GRAPH_TOKEN": m365Token,
        ]) { _, demo in demo }
    }
}
