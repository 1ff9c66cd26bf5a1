import AccordConfig
import AccordConnectors
import AccordCore
import AccordServer
import AccordStoreSQLite
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `accord demo`: a fresh database, the hub and three simulated supplier systems on loopback, a
/// synthetic month replayed through the hub's real paths, then the scorecards.
///
/// The hub is the real composition root (``buildApplication``) reading the demo clock; Stratus'
/// ServiceNow and Microsoft's Graph feed are HTTP servers the real sync engine pulls from; the
/// desk and NetNova's Jira are clients of the hub's TMF621 API and webhook route. The sample
/// `Config/` is used as loaded, except in memory: the pulled suppliers' `baseURL`s point at the
/// simulators, Stratus' file drop at ``DemoOptions/dropDirectory``, and the database at
/// ``DemoOptions/databasePath`` (synchronous `normal`: a demo need not survive power loss).
public enum DemoRunner {
    /// Runs the demo; returns when the servers have stopped (at once unless
    /// ``DemoOptions/keepsRunning``, else after Ctrl-C). `output` receives the lines to print.
    /// The report is `nil` when a signal stopped the demo before the month was replayed.
    @discardableResult
    public static func run(_ options: DemoOptions, output: @escaping @Sendable (String) -> Void) async throws -> DemoReport? {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: options.databasePath + suffix) }
        try? FileManager.default.removeItem(at: options.dropDirectory)
        try FileManager.default.createDirectory(at: options.dropDirectory, withIntermediateDirectories: true)
        let database = try SQLiteDatabase(path: options.databasePath, synchronous: .normal)
        defer { try? database.close() }

        let month = SyntheticMonth.generate(options.month)
        // Standing a day before the month: calendar versions and tokens are recorded "then".
        let clock = DemoClock(start: month.period.start.addingTimeInterval(-86_400))
        let environment = DemoSecrets.environment()
        let ports = DemoPorts()

        let records = ServiceNowRecords(tickets: month.tickets.filter { $0.route == .stratusAPI || $0.route == .stratusFile }, serversObservedAt: month.period.start)
        let apiRecords = ServiceNowRecords(tickets: records.tickets.filter { $0.route == .stratusAPI }, serversObservedAt: month.period.start)
        let snow = ServiceNowSimulator(records: apiRecords, clock: clock, user: DemoSecrets.stratusUser, password: DemoSecrets.stratusPassword)
        let graph = GraphStatusFeedSimulator(notices: month.notices, clock: clock, token: DemoSecrets.m365Token)
        let simulators = [("servicenow", snow.router()), ("graph", graph.router())].map { name, router in
            Application(
                router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "demo-\(name)"),
                onServerRunning: { channel in await ports.set(name, channel.localAddress?.port ?? 0) }, logger: options.logger
            )
        }

        let configuration = { () -> AccordConfiguration in
            var configuration = options.configuration
            configuration.hub.storage.sqlitePath = options.databasePath
            return configuration
        }()
        // The hub's own scheduler stays off: the demo runs every pull itself, in the month's time.
        let hub = try await buildApplication(
            configuration: configuration, stores: database.storesWithSync, adapters: options.adapters, environment: environment,
            now: { clock.now() }, host: options.host, port: options.port, runsSyncScheduler: false, logger: options.logger,
            onServerRunning: { host, port in await ports.set("hub", port, host: host) }
        )
        let context = DemoContext(
            options: options, configuration: configuration, database: database, month: month, clock: clock,
            environment: environment, records: records, ports: ports
        )
        let replay = DemoReplayService(keepsRunning: options.keepsRunning, output: output) { try await context.replayAndReport(output: output) }
        // The replay last, so that a graceful shutdown (Ctrl-C) stops it before the servers it uses.
        let group = ServiceGroup(configuration: .init(
            services: ([hub as any ServiceLifecycle.Service] + simulators.map { $0 as any ServiceLifecycle.Service }).map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) } + [
                .init(service: replay, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: options.handlesSignals ? [.sigterm, .sigint] : [], logger: options.logger
        ))
        try await group.run()
        return replay.report
    }
}

/// The loopback ports of the hub and the simulators, once each is listening.
actor DemoPorts {
    private var ports: [String: Int] = [:]
    private(set) var hubHost = "127.0.0.1"

    func set(_ name: String, _ port: Int, host: String? = nil) {
        ports[name] = port
        if let host { hubHost = host }
    }

    /// Waits (polling; start-up takes milliseconds) until `name` listens.
    func port(_ name: String) async throws -> Int {
        for _ in 0..<3_000 {
            if let port = ports[name] { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw DemoError("\(name) did not start listening")
    }
}
