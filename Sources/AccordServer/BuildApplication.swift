import Foundation
import AccordConfig
import AccordCore
import Hummingbird
import Logging

/// The composition root: wires configuration and stores into the HTTP application.
///
/// Suppliers from the configuration are written to the supplier store before the server starts,
/// so every later component reads one registry; each calendar whose file changed becomes a new
/// calendar version effective now.
public func buildApplication(
    configuration: AccordConfiguration,
    stores: AccordStores,
    host: String? = nil,
    port: Int? = nil,
    logger: Logger,
    onServerRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
) async throws -> some ApplicationProtocol {
    try await stores.suppliers.save(configuration.suppliers.map(\.supplier))
    try await CalendarRegistry(store: stores.calendarVersions).recordConfigured(configuration.calendars, at: Date())

    let router = Router()
    router.middlewares.add(ErrorMappingMiddleware())
    HealthController(stores: stores, configurationSummary: configuration.summary).addRoutes(to: router)

    return Application(
        router: router,
        configuration: .init(
            address: .hostname(host ?? configuration.hub.listen.host, port: port ?? configuration.hub.listen.port),
            serverName: "accord/\(AccordVersion.current)"
        ),
        onServerRunning: { channel in
            let address = channel.localAddress
            await onServerRunning(address?.ipAddress ?? host ?? configuration.hub.listen.host, address?.port ?? port ?? 0)
        },
        logger: logger
    )
}

extension AccordConfiguration {
    /// Counts for `/ready` and `accord config check`.
    public var summary: ConfigurationSummary {
        ConfigurationSummary(suppliers: suppliers.count, calendars: calendars.count, services: services.count)
    }
}
