import AccordConfig
import AccordConnectors
import AccordCore
import Foundation
import Hummingbird

/// Registers the token-guarded REST API: the CMDB reads, TMF621 trouble tickets and the TMF621
/// listener hub, plus the unauthenticated `GET /openapi.json` that documents them all.
func addAPIRoutes(
    to router: Router<AccordRequestContext>, configuration: AccordConfiguration, stores: AccordStores,
    hostResolver: any HostResolver = SystemHostResolver(), ticketLocks: TicketLocks = TicketLocks(), now: @escaping @Sendable () -> Date
) {
    let limits = APILimits(
        maxRequestBytes: configuration.hub.limits.maxRequestBytes, maxPageSize: configuration.hub.limits.maxPageSize,
        ratePerSecond: configuration.hub.api.ratePerSecond, burst: configuration.hub.api.burst
    )
    let auth = APIAuthMiddleware(
        issuer: ApiTokenIssuer(tokens: stores.tokens), limiter: TokenBucketLimiter<ApiTokenID>(ratePerSecond: limits.ratePerSecond, burst: limits.burst), now: now
    )
    router.get("/openapi.json") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: AccordOpenAPIDocument.json))
        )
    }
    let api = router.group().add(middleware: auth)
    CMDBController(cmdb: configuration.federatedCMDB(store: stores.cmdb), maxPageSize: limits.maxPageSize, now: now).addRoutes(to: api)
    SupplierSyncController(configuration: configuration, store: stores.sync, now: now).addRoutes(to: api)
    ReconciliationController(
        service: ReconciliationService(stores: stores, configuration: configuration), maxRequestBytes: limits.maxRequestBytes, now: now
    ).addRoutes(to: api)

    let tmf = router.group("/tmf-api/troubleTicket/v4").add(middleware: auth)
    let writer = TicketWriter(
        stores: stores, ledger: LedgerRecorder(stores: stores, configuration: configuration), notifier: TicketNotifier(listeners: stores.listeners), now: now
    )
    let suppliers = Dictionary(configuration.suppliers.map { ($0.supplier.id, $0.supplier) }, uniquingKeysWith: { first, _ in first })
    TroubleTicketController(stores: stores, writer: writer, limits: limits, suppliers: suppliers, locks: ticketLocks).addRoutes(to: tmf)
    HubController(
        listeners: stores.listeners, limits: limits, allowsLinkLocalCallbacks: configuration.hub.api.allowLinkLocalCallbacks,
        resolver: hostResolver, now: now
    ).addRoutes(to: tmf)
}
