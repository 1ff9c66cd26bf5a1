import AccordConfig
import AccordConnectors
import AccordCore
import AccordFederation
import AccordMapping
import Foundation
import Hummingbird
import Logging

/// The composition root: wires configuration, stores and adapters into the HTTP application and
/// its background services (the inbox worker, notifications, the sync scheduler).
///
/// Suppliers from the configuration are written to the supplier store before the server starts,
/// so every later component reads one registry; each calendar whose file changed becomes a new
/// calendar version effective now. `runsSyncScheduler: false` leaves scheduled pulls to the
/// caller (`accord demo` runs them itself, in its simulated month).
public func buildApplication(
    configuration: AccordConfiguration,
    stores: AccordStores,
    adapters: [String: Adapter] = [:],
    environment: [String: String] = ProcessInfo.processInfo.environment,
    now: @escaping @Sendable () -> Date = { Date() },
    host: String? = nil,
    port: Int? = nil,
    runsInboxWorker: Bool = true,
    runsSyncScheduler: Bool = true,
    hostResolver: any HostResolver = SystemHostResolver(),
    logger: Logger,
    onServerRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
) async throws -> some ApplicationProtocol {
    try await stores.suppliers.save(configuration.suppliers.map(\.supplier))
    try await CalendarRegistry(store: stores.calendarVersions).recordConfigured(configuration.calendars, at: now())

    let secrets = WebhookSecrets(suppliers: configuration.suppliers, environment: environment)
    for problem in secrets.problems { logger.warning("webhook secret unavailable: \(problem)") }
    let wakeUp = InboxWakeUp()
    // One lock table for the API and the worker: a PATCH and a delivery of one ticket never interleave.
    let ticketLocks = TicketLocks()
    let processor = makeInboxProcessor(configuration: configuration, stores: stores, adapters: adapters, ticketLocks: ticketLocks, now: now, logger: logger)

    let router = buildRouter(configuration: configuration, stores: stores, adapters: adapters, secrets: secrets, wakeUp: wakeUp, hostResolver: hostResolver, ticketLocks: ticketLocks, now: now)
    // Scheduled pulls and file-drop polls of suppliers with `sync:` (none when the stores keep no sync runs).
    let syncScheduler = SyncScheduler(
        jobs: runsInboxWorker && runsSyncScheduler
            ? try await HubSyncJobs.make(configuration: configuration, stores: stores, adapters: adapters, processor: processor, environment: environment, logger: logger)
            : [],
        logger: logger
    )
    let notifications = NotificationWorker(
        dispatcher: NotificationDispatcher(
            listeners: stores.listeners, sender: URLSessionNotificationSender(),
            allowsLinkLocalCallbacks: configuration.hub.api.allowLinkLocalCallbacks, resolver: hostResolver, logger: logger
        ), now: now, logger: logger
    )

    return Application(
        router: router,
        configuration: .init(
            address: .hostname(host ?? configuration.hub.listen.host, port: port ?? configuration.hub.listen.port),
            serverName: "accord/\(AccordVersion.current)"
        ),
        services: runsInboxWorker ? [InboxWorker(processor: processor, wakeUp: wakeUp, logger: logger), notifications, syncScheduler] : [],
        onServerRunning: { channel in
            let address = channel.localAddress
            await onServerRunning(address?.ipAddress ?? host ?? configuration.hub.listen.host, address?.port ?? port ?? 0)
        },
        logger: logger
    )
}

/// Every route of the hub: probes, supplier webhooks, and the token-guarded API (``addAPIRoutes``).
func buildRouter(
    configuration: AccordConfiguration, stores: AccordStores, adapters: [String: Adapter], secrets: WebhookSecrets, wakeUp: InboxWakeUp,
    hostResolver: any HostResolver = SystemHostResolver(), ticketLocks: TicketLocks = TicketLocks(), now: @escaping @Sendable () -> Date
) -> Router<AccordRequestContext> {
    let router = Router(context: AccordRequestContext.self)
    router.middlewares.add(ErrorMappingMiddleware(routes: APIRouteTable.documented))
    HealthController(stores: stores, configurationSummary: configuration.summary).addRoutes(to: router)
    WebhookController(
        configuration: configuration, adapters: adapters, secrets: secrets, inbox: stores.inbox,
        limiter: TokenBucketLimiter<SupplierID>(ratePerSecond: configuration.hub.webhooks.ratePerSecond, burst: configuration.hub.webhooks.burst),
        wakeUp: wakeUp, now: now
    ).addRoutes(to: router)
    addAPIRoutes(to: router, configuration: configuration, stores: stores, hostResolver: hostResolver, ticketLocks: ticketLocks, now: now)
    return router
}

/// The inbox processor as the server runs it: normalise through the supplier's adapter, apply to
/// tickets and CI source records, and bring each changed ticket's ledger up to date.
public func makeInboxProcessor(
    configuration: AccordConfiguration, stores: AccordStores, adapters: [String: Adapter],
    ticketLocks: TicketLocks = TicketLocks(), now: @escaping @Sendable () -> Date = { Date() }, logger: Logger
) -> InboxProcessor {
    let ledger = LedgerRecorder(stores: stores, configuration: configuration)
    let cmdb = configuration.federatedCMDB(store: stores.cmdb)
    let applier = DeliveryApplier(
        stores: stores,
        ledger: ledger.deliveryPlanner(now: now),
        locks: ticketLocks,
        configurationChanged: { items, relationships in
            if !items.isEmpty { _ = try await cmdb.ingest(items) }
            if !relationships.isEmpty { try await cmdb.ingest(relationships: relationships) }
        }
    )
    return InboxProcessor(
        stores: stores, suppliers: configuration.suppliers.map(\.supplier), adapters: adapters, applier: applier, logger: logger
    )
}

extension AccordConfiguration {
    /// Counts for `/ready` and `accord config check`.
    public var summary: ConfigurationSummary {
        ConfigurationSummary(suppliers: suppliers.count, calendars: calendars.count, services: services.count)
    }
}
