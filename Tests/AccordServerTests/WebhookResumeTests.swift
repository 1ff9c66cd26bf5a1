import AccordConnectors
import AccordCore
import AccordLedger
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite("Webhook pipeline: a delivery cut short part-way is finished by its retry")
struct WebhookResumeTests {
    typealias Hub = WebhookTestHub

    /// Fails the first `save` — as a crash between storing the events and saving the ticket would.
    actor FlakyTicketStore: TicketStore {
        let inner: any TicketStore
        var failuresLeft = 1
        init(_ inner: any TicketStore) { self.inner = inner }

        func save(_ ticket: Ticket) async throws {
            if failuresLeft > 0 {
                failuresLeft -= 1
                throw StoreError.unavailable("disk went away")
            }
            try await inner.save(ticket)
        }
        func ticket(_ id: TicketID) async throws -> Ticket? { try await inner.ticket(id) }
        func ticket(supplier: SupplierID, externalID: String) async throws -> Ticket? { try await inner.ticket(supplier: supplier, externalID: externalID) }
        func tickets(matching query: TicketQuery) async throws -> [Ticket] { try await inner.tickets(matching: query) }
    }

    @Test("Events stored before the failure are not duplicated; the retry saves the ticket and its ledger")
    func resumesAfterPartialApply() async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("950")
        try await hub.app().test(.router) { client in
            let response = try await client.execute(
                uri: "/webhooks/netnova", method: .post, headers: Hub.headers(id: "msg_950", body: body), body: ByteBuffer(bytes: body)
            )
            #expect(response.status == .accepted)
        }
        var flaky = hub.stores
        flaky.tickets = FlakyTicketStore(hub.stores.tickets)
        let processor = makeInboxProcessor(configuration: hub.configuration, stores: flaky, adapters: hub.adapters, now: { Hub.now }, logger: Logger(label: "test"))

        #expect(try await processor.processDue(now: Hub.now) == .init(processed: 0, retried: 1, dead: 0))
        let netnova = SupplierID("netnova")!
        #expect(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "950") == nil)
        let partial = try await hub.stores.ticketEvents.events(for: "TKT-netnova-950")
        #expect(partial.count == 2)

        #expect(try await processor.processDue(now: Hub.now.addingTimeInterval(60)) == .init(processed: 1, retried: 0, dead: 0))
        let ticket = try #require(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "950"))
        #expect(ticket.state == .assigned)
        #expect(try await hub.stores.ticketEvents.events(for: ticket.id) == partial)
        let ledger = try await hub.stores.ledger.entries(for: ticket.id)
        #expect(!ledger.isEmpty)
        #expect(LedgerChain.verify(ledger) == .intact(entries: ledger.count))
    }
}
