import AccordConfig
import AccordCore
import AccordMapping
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import AccordDemo

/// The whole demo against a temporary database: a tiny month through every real path.
@Suite("Demo run")
struct DemoRunTests {
    @Test("a tiny month reaches the hub through all four tiers' paths and fills the ledger")
    func tinyMonth() async throws {
        let directory = try TemporaryDirectory(prefix: "accord-demo-test")
        let configuration = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path)
        let adapters = AdapterLoader.loadAll(directory: RepositoryPaths.root.appendingPathComponent("Adapters", isDirectory: true))
        #expect(adapters.diagnostics.isEmpty)
        var logger = Logger(label: "accord.demo.test")
        logger.logLevel = .error
        let lines = Lines()
        let options = DemoOptions(
            configuration: configuration, adapters: adapters.adapters, databasePath: directory.file("demo.sqlite"),
            dropDirectory: directory.url.appendingPathComponent("drops", isDirectory: true),
            month: SyntheticMonth.Parameters(year: 2026, month: 10, tickets: 20, seed: 11), logger: logger
        )

        let report = try #require(try await DemoRunner.run(options) { lines.append($0) })

        let month = SyntheticMonth.generate(options.month)
        // Raw deliveries for every pulled or pushed path.
        #expect(report.inboxByChannel[.webhook, default: 0] > 0)
        #expect(report.inboxByChannel[.poll, default: 0] > 0)
        #expect(report.inboxByChannel[.fileDrop, default: 0] > 0)
        #expect(report.inboxByChannel[.statusFeed, default: 0] > 0)
        // Tickets: the desk's through TMF621, NetNova's and Stratus' from their systems.
        #expect(report.ticketsBySource["nativeAPI"] == month.tickets.filter { $0.route == .desk }.count)
        #expect(report.ticketsBySource["netnova"] == month.tickets.filter { $0.route == .netnova }.count)
        #expect(report.ticketsBySource["stratus-hosting"] == month.tickets.filter { $0.route == .stratusAPI || $0.route == .stratusFile }.count)
        #expect(report.statusNotices == month.notices.count)
        #expect(report.webhooksSent == month.tickets.filter { $0.route == .netnova }.map(\.steps.count).reduce(0, +))
        // Every ticket's ledger was brought up to date, whatever path it came by.
        #expect(report.ticketsWithLedger == month.tickets.count)

        let database = try SQLiteDatabase(path: options.databasePath)
        defer { try? database.close() }
        #expect(try await database.stores.inbox.entries(status: .dead, supplier: nil, limit: 10).isEmpty)
        for ticket in try await database.stores.tickets.tickets(matching: TicketQuery(limit: 500)) {
            #expect(!(try await database.stores.ledger.entries(for: ticket.id)).isEmpty, "no ledger for \(ticket.id)")
        }
        // Stratus' own report was accepted and compared with the ledger.
        #expect(lines.all.contains { $0.hasPrefix("Stratus' own report for 2026-10:") })
        // The reconciliation core's scorecards: every OLA, and each service's SLA.
        for agreement in ["frontline-desk-ola", "netnova-ola", "stratus-hosting-ola", "workplace-sla", "hosted-apps-sla"] {
            #expect(lines.all.contains { $0.contains("scorecard \(agreement) ") }, "no scorecard for \(agreement)")
        }
    }
}

/// Collects printed lines across tasks.
private final class Lines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var all: [String] { storage.withLock { $0 } }
}
