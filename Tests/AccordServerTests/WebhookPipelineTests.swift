import AccordConnectors
import AccordCore
import AccordLedger
import AccordMapping
import AccordServer
import AccordTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite("Webhook pipeline: inbox → adapter → tickets, events and ledger")
struct WebhookPipelineTests {
    typealias Hub = WebhookTestHub
    let netnova = SupplierID("netnova")!

    @Test("Deliveries become one ticket with its history; the hub's priority is not overwritten by the supplier")
    func createThenUpdate() async throws {
        let hub = try Hub()
        try await hub.deliver([
            ("msg_1", Hub.jiraIssue("900")),
            ("msg_2", Hub.jiraIssue("900", event: "jira:issue_updated", status: "Waiting for customer", priority: "Medium",
                                    at: "2024-03-04T15:00:00.000+0100", changelogID: "10457", sentMillis: 1_709_560_800_000)),
        ])
        let pass = try await hub.processor().processDue(now: Hub.now)
        #expect(pass == .init(processed: 2, retried: 0, dead: 0))
        let ticket = try #require(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "900"))
        #expect(ticket.state == .pending(.customer))
        #expect(ticket.priority?.priority == .p2)  // hub-owned: the first value stays
        #expect(ticket.assignment == Assignment(supplier: netnova, group: "WAN Ops"))
        #expect(ticket.title == "Router down — 路由器故障")
        #expect(ticket.timestamps.openedAt == Date(timeIntervalSince1970: 1_709_540_099.871))
        let events = try await hub.stores.ticketEvents.events(for: ticket.id)
        #expect(events.map(\.deliveryID) == ["msg_1", "msg_1", "msg_2"])
        let ledger = try await hub.stores.ledger.entries(for: ticket.id)
        #expect(LedgerChain.verify(ledger) == .intact(entries: ledger.count))
        #expect(ledger.contains { $0.entry.agreementID == "netnova-ola" && $0.entry.kind == .paused && $0.entry.reason == "customer" })
    }

    @Test("Out-of-order deliveries give the same ticket as in-order ones")
    func outOfOrder() async throws {
        let created = Hub.jiraIssue("901")
        let progressed = Hub.jiraIssue(
            "901", event: "jira:issue_updated", status: "In Progress", at: "2024-03-04T10:00:00.000+0100", changelogID: "1", sentMillis: 1_709_542_800_000
        )
        let resolved = Hub.jiraIssue(
            "901", event: "jira:issue_updated", status: "Resolved", at: "2024-03-04T12:00:00.000+0100", changelogID: "2", sentMillis: 1_709_550_000_000
        )
        let inOrder = try Hub()
        try await inOrder.deliver([("a", created), ("b", progressed), ("c", resolved)])
        try await inOrder.processor().processDue(now: Hub.now)
        let shuffled = try Hub()
        try await shuffled.deliver([("c", resolved), ("a", created), ("b", progressed)])
        for _ in 0..<3 { try await shuffled.processor().processDue(now: Hub.now, limit: 1) }
        let expected = try #require(try await inOrder.stores.tickets.ticket(supplier: netnova, externalID: "901"))
        let actual = try #require(try await shuffled.stores.tickets.ticket(supplier: netnova, externalID: "901"))
        #expect(actual.state == .resolved)
        #expect(actual.state == expected.state)
        #expect(actual.timestamps == expected.timestamps)
        let ledger = try await shuffled.stores.ledger.entries(for: actual.id)
        // The same clocks; only the ids of the causing events differ (they name the delivery).
        func clocks(_ entries: [LedgerEntry]) -> [String] {
            entries.map { "\($0.agreementID) \($0.clock) \($0.kind) \($0.instant.timeIntervalSince1970) \($0.elapsed) \($0.reason ?? "")" }
        }
        let reference = try await inOrder.stores.ledger.entries(for: expected.id)
        #expect(clocks(LedgerChain.currentBlock(of: ledger)) == clocks(LedgerChain.currentBlock(of: reference)))
        #expect(!clocks(LedgerChain.currentBlock(of: reference)).isEmpty)
        #expect(ledger.contains { $0.entry.kind == .recomputed })
    }

    @Test("A poison delivery is dead at once with its diagnostic; after the adapter is fixed, replay applies it exactly once")
    func poisonDeadLetterReplay() async throws {
        let hub = try Hub()
        let poison = Hub.jiraIssue("902", status: "Bogus status")
        try await hub.deliver([("msg_poison", poison)])
        let first = try await hub.processor().processDue(now: Hub.now)
        #expect(first == .init(processed: 0, retried: 0, dead: 1))
        let dead = try #require(try await hub.stores.inbox.entries(status: .dead, supplier: netnova, limit: 10).first)
        #expect(dead.lastError?.contains("Bogus status") == true)
        #expect(try await hub.processor().processDue(now: Hub.now.addingTimeInterval(3600)) == .init())  // no hot loop

        // The adapter is fixed: the unknown status now maps.
        let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Adapters/jira/adapter.yaml"), encoding: .utf8)
        let fixedText = text.replacingOccurrences(of: "\"Waiting for vendor\": \"pending:thirdParty\"", with: "\"Waiting for vendor\": \"pending:thirdParty\"\n          \"Bogus status\": inProgress")
        var adapters = hub.adapters
        adapters["jira"] = try AdapterLoader.parse(yaml: fixedText, file: "jira-fixed.yaml")
        let fixed = makeInboxProcessor(configuration: hub.configuration, stores: hub.stores, adapters: adapters, now: { Hub.now }, logger: Logger(label: "test"))

        #expect(try await hub.stores.inbox.requeue(ids: [dead.id], at: Hub.now) == 1)
        #expect(try await fixed.processDue(now: Hub.now) == .init(processed: 1, retried: 0, dead: 0))
        #expect(try await hub.stores.inbox.requeue(ids: [dead.id], at: Hub.now) == 1)
        #expect(try await fixed.processDue(now: Hub.now) == .init(processed: 1, retried: 0, dead: 0))
        let ticket = try #require(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "902"))
        #expect(ticket.state == .inProgress)
        #expect(try await hub.stores.ticketEvents.events(for: ticket.id).count == 2)  // opened + main, once
        let attempts = try await hub.stores.inbox.attempts(of: dead.id)
        #expect(attempts.map { $0.error == nil } == [false, true, true], "\(attempts.map { $0.error ?? "ok" })")
    }
}
