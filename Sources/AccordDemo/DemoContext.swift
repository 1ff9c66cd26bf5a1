import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import AccordServer
import AccordStoreSQLite
import Foundation

/// One demo run once the servers listen: tokens, simulators, the replay, the counts.
struct DemoContext: Sendable {
    let options: DemoOptions
    let configuration: AccordConfiguration
    let database: SQLiteDatabase
    let month: SyntheticMonth
    let clock: DemoClock
    let environment: [String: String]
    let records: ServiceNowRecords
    let ports: DemoPorts

    func replayAndReport(output: @escaping @Sendable (String) -> Void) async throws -> DemoReport {
        let host = await ports.hubHost
        let hubURL = URL(string: "http://\(host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host):\(try await ports.port("hub"))")!
        let snowURL = URL(string: "http://127.0.0.1:\(try await ports.port("servicenow"))")!
        let graphURL = URL(string: "http://127.0.0.1:\(try await ports.port("graph"))")!

        let issuer = ApiTokenIssuer(tokens: database.stores.tokens)
        let desk = try await issuer.create(principal: .supplier(.frontlineDesk), name: "demo service desk", now: clock.now()).secret
        let integrator = try await issuer.create(principal: .integrator, name: "demo integrator", now: clock.now()).secret
        let stratus = try await issuer.create(principal: .supplier(.stratusHosting), name: "demo stratus reporting", now: clock.now()).secret
        guard let secret = WebhookSecret(encoded: DemoSecrets.netnovaWebhook) else { throw DemoError("the demo webhook secret is not a whsec_ secret") }

        let deskSimulator = ServiceDeskSimulator(hub: hubURL, deskToken: desk, integratorToken: integrator)
        let jira = JiraSimulator(hub: hubURL, secret: secret)
        let replay = MonthReplay(
            month: month, clock: clock, desk: deskSimulator, jira: jira, nightly: try nightlyPull(stratusURL: snowURL, graphURL: graphURL),
            drainInbox: { [database, clock] in try await Self.drain(database.stores.inbox, clock: clock) }
        )

        output("Accord demo: replaying \(month.name) (\(month.tickets.count) tickets, seed \(month.parameters.seed)) against \(hubURL)")
        let started = Date()
        try await replay.run(progress: output)
        clock.release()
        var report = try await count(hubURL: hubURL, integratorToken: integrator)
        report.deskRequests = await deskSimulator.requests
        report.webhooksSent = await jira.deliveries

        try await printScorecards(stores: database.storesWithSync, configuration: configuration, period: month.name, output: output)
        // Month end: Stratus submits its own figures; the hub lists where they differ from its ledger.
        let selfReport = SupplierSelfReport(tickets: records.tickets, period: month.period, name: month.name)
        for line in try await selfReport.submit(hub: hubURL, token: stratus) { output(line) }
        output("")
        report.replaySeconds = Date().timeIntervalSince(started)
        for line in report.summaryLines { output(line) }
        output("")
        output("Accord is running at \(hubURL) (database \(options.databasePath)); an integrator token for a look around:")
        output("  export TOKEN=\(integrator)")
        output("  curl -s -H \"Authorization: Bearer $TOKEN\" '\(hubURL)/tmf-api/troubleTicket/v4/troubleTicket?limit=5'")
        output("  curl -s -H \"Authorization: Bearer $TOKEN\" '\(hubURL)/api/v1/suppliers/netnova/scorecard?period=\(month.name)'")
        output("More in docs/DEMO.md.\(options.keepsRunning ? " Ctrl-C stops the hub." : "")")
        return report
    }

    /// The engines the nightly pull uses, on the demo configuration pointed at the simulators.
    private func nightlyPull(stratusURL: URL, graphURL: URL) throws -> NightlyPull {
        let stores = database.storesWithSync
        let processor = makeInboxProcessor(configuration: configuration, stores: stores, adapters: options.adapters, now: { [clock] in clock.now() }, logger: options.logger)
        func engine(_ id: SupplierID, baseURL: URL) throws -> (engine: SupplierSync, settings: SyncSettings, supplier: Supplier, adapter: Adapter) {
            guard let settings = configuration.suppliers.first(where: { $0.supplier.id == id }), var sync = settings.sync,
                  let name = settings.supplier.adapter, let adapter = options.adapters[name]
            else { throw DemoError("the sample configuration has no pulled supplier \(id) with a loadable adapter") }
            sync.baseURL = baseURL
            let engine = SupplierSync(
                supplier: settings.supplier, settings: sync, adapter: adapter, inbox: stores.inbox, store: database.syncStore,
                notices: database.statusNoticeStore, processor: processor, transport: URLSessionTransport(), breaker: CircuitBreaker(),
                clock: clock, environment: environment, vanished: .configurationItems(stores.configurationItems), logger: options.logger
            )
            return (engine, sync, settings.supplier, adapter)
        }
        let stratus = try engine(.stratusHosting, baseURL: stratusURL)
        let m365 = try engine(.m365, baseURL: graphURL)
        let importer = FileDropImporter(
            supplier: stratus.supplier, adapter: stratus.adapter, inbox: stores.inbox, store: database.syncStore, processor: processor, clock: clock
        )
        return NightlyPull(
            stratus: (stratus.engine, stratus.settings), m365: (m365.engine, m365.settings), importer: importer,
            records: ServiceNowRecords(tickets: records.tickets.filter { $0.route == .stratusFile }, serversObservedAt: month.period.start),
            dropDirectory: options.dropDirectory
        )
    }

    /// Waits until no inbox entry is due (the hub's worker applies webhooks in the background; an
    /// entry that failed waits for its retry and is left to the worker).
    static func drain(_ inbox: any InboxStore, clock: DemoClock) async throws {
        for _ in 0..<6_000 {
            if try await inbox.due(at: clock.now(), limit: 1).isEmpty { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw DemoError("the hub's inbox did not drain within 30 s")
    }

    private func count(hubURL: URL, integratorToken: String) async throws -> DemoReport {
        let stores = database.storesWithSync
        var byChannel: [Channel: Int] = [:]
        for entry in try await stores.inbox.entries(status: nil, supplier: nil, limit: 1_000_000) { byChannel[entry.delivery.channel, default: 0] += 1 }
        var bySource: [String: Int] = [:]
        var offset = 0
        while true {
            let page = try await stores.tickets.tickets(matching: TicketQuery(offset: offset, limit: 500))
            for ticket in page { bySource[ticket.externalReference?.supplier.rawValue ?? "nativeAPI", default: 0] += 1 }
            guard page.count == 500 else { break }
            offset += 500
        }
        let withLedger = try await stores.ledger.ticketsWithEntries()
        var entries = 0
        for ticket in withLedger { entries += try await stores.ledger.entries(for: ticket).count }
        let notices = try await database.statusNoticeStore.notices(of: [.m365], limit: 100_000).count
        return DemoReport(
            hubURL: hubURL, integratorToken: integratorToken, month: month.name, inboxByChannel: byChannel, ticketsBySource: bySource,
            statusNotices: notices, ledgerEntries: entries, ticketsWithLedger: withLedger.count, deskRequests: 0, webhooksSent: 0, replaySeconds: 0
        )
    }
}
