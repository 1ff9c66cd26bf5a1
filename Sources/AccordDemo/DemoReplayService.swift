import ServiceLifecycle
import Synchronization

/// The replay as the last service of the demo's group: it runs once the servers listen, stops
/// early (and quietly) on Ctrl-C, and afterwards either keeps the group serving until a signal
/// (the CLI) or ends it (tests, `--exit`).
final class DemoReplayService: Service, Sendable {
    private let keepsRunning: Bool
    private let output: @Sendable (String) -> Void
    private let replay: @Sendable () async throws -> DemoReport
    private let outcome = Mutex<DemoReport?>(nil)

    init(keepsRunning: Bool, output: @escaping @Sendable (String) -> Void, replay: @escaping @Sendable () async throws -> DemoReport) {
        self.keepsRunning = keepsRunning
        self.output = output
        self.replay = replay
    }

    /// What the replay found; `nil` until it finished (or if it was stopped).
    var report: DemoReport? { outcome.withLock { $0 } }

    func run() async throws {
        do {
            let report = try await cancelWhenGracefulShutdown { [replay] in try await replay() }
            outcome.withLock { $0 = report }
        } catch where Task.isShuttingDownGracefully || Task.isCancelled {
            output("Stopped before the month was replayed.")
            return
        }
        guard keepsRunning else { return }
        try? await gracefulShutdown()
    }
}
