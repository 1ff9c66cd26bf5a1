import AccordConnectors
import AccordCore
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// Records what the outbox worker sends; answers with the scripted statuses, then 200.
actor RecordingSender: NotificationSender {
    struct Sent: Sendable {
        var url: URL
        var headers: [String: String]
        var body: Data
    }

    private(set) var sent: [Sent] = []
    private var statuses: [Int]

    init(statuses: [Int] = []) { self.statuses = statuses }

    func send(to url: URL, headers: [String: String], body: Data) async throws -> Int {
        sent.append(Sent(url: url, headers: headers, body: body))
        return statuses.isEmpty ? 200 : statuses.removeFirst()
    }
}

@Suite("TMF621 flow over HTTP")
struct TMF621FlowTests {
    static let base = "/tmf-api/troubleTicket/v4"

    @Test("create → acknowledged → inProgress (with a note) → pending → resolved → closed, with a listener receiving signed events")
    func flow() async throws {
        let hub = try await APITestHub()
        let frontline = Principal.supplier(APITestHub.frontline)
        let application = try await hub.app()
        let (listenerSecret, ticketID) = try await application.test(.router) { client in
            let listenerSecret = try await client.execute(
                uri: "\(Self.base)/hub", method: .post, headers: hub.headers(.integrator),
                body: APITestHub.body(["callback": "https://listener.example/events", "query": "eventType=TroubleTicketCreateEvent,TroubleTicketStatusChangeEvent,TroubleTicketAttributeValueChangeEvent,TroubleTicketResolvedEvent"])
            ) { response in
                #expect(response.status == .created)
                return try #require(APITestHub.json(response.body)["secret"] as? String)
            }
            #expect(listenerSecret.hasPrefix("whsec_"))
            hub.clock.advance(9 * 3600)  // 09:53 in London, inside office hours
            let ticketID = try await hub.createTicket(client, as: .integrator, [
                "name": "VPN down", "priority": "P2", "relatedParty": [["id": "frontline-desk", "role": "assignee", "name": "desk-a"]],
                "note": [["text": "raised by the integrator"]],
            ])
            let steps: [[String: Any]] = [
                ["status": "acknowledged"],
                ["status": "inProgress", "note": [["text": "checking the tunnel"]]],
                ["status": "pending", "statusChangeReason": "waiting for the user to reboot"],
                ["status": "resolved", "statusChangeReason": "tunnel re-keyed"],
                ["status": "closed"],
            ]
            for step in steps {
                hub.clock.advance(600)
                try await client.execute(
                    uri: "\(Self.base)/troubleTicket/\(ticketID)", method: .patch,
                    headers: hub.headers(frontline, contentType: "application/merge-patch+json"), body: APITestHub.body(step)
                ) { response in
                    #expect(response.status == .ok, "\(APITestHub.text(response.body))")
                    #expect(APITestHub.json(response.body)["status"] as? String == step["status"] as? String)
                }
            }
            try await client.execute(uri: "\(Self.base)/troubleTicket/\(ticketID)", method: .get, headers: hub.headers(frontline)) { response in
                let body = APITestHub.json(response.body)
                #expect(body["status"] as? String == "closed")
                #expect(body["priority"] as? String == "P2")
                #expect(body["severity"] as? String == "major")  // as the client spelled it (impact medium)
                #expect(body["resolutionDate"] != nil)
                let history = try #require(body["statusChangeHistory"] as? [[String: Any]])
                // new → assigned shows acknowledged → acknowledged: one entry, not two
                #expect(history.compactMap { $0["status"] as? String } == ["acknowledged", "inProgress", "pending", "resolved", "closed"])
                #expect(history[2]["changeReason"] as? String == "waiting for the user to reboot")
                #expect((body["note"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["raised by the integrator", "checking the tunnel"])
            }
            try await client.execute(uri: "\(Self.base)/troubleTicket/\(ticketID)?fields=status", method: .get, headers: hub.headers(frontline)) { response in
                #expect(Set(APITestHub.json(response.body).keys) == ["id", "href", "@type", "status"])
            }
            return (listenerSecret, ticketID)
        }

        // Ticket events: one per request, all native API, in order.
        let events = try await hub.stores.ticketEvents.events(for: TicketID(ticketID))
        #expect(events.count == 6)
        #expect(events.allSatisfy { $0.channel == .nativeAPI })
        #expect(events.compactMap { $0.changes.last { $0.field == .state }?.newValue } == ["new", "assigned", "inProgress", "pending:customer", "resolved", "closed"])
        #expect(events.dropFirst().allSatisfy { $0.supplier == APITestHub.frontline })

        // Ledger: the supplier's OLA clocks started, paused while pending on the customer, and stopped
        // at resolution (straight from pending, so no resume).
        let ledger = try await hub.stores.ledger.entries(for: TicketID(ticketID)).map(\.entry).filter { $0.agreementID == "frontline-desk-ola" }
        let kinds = Set(ledger.map(\.kind))
        #expect(kinds.isSuperset(of: [.started, .paused, .stopped]), "\(ledger.map { "\($0.clock) \($0.kind)" })")

        // Notifications, signed with the listener's secret (Standard Webhooks): create; a status change
        // whenever the TMF status changed (new → assigned is acknowledged → acknowledged: none), and a
        // resolved event with the change to resolved; an attribute-value change for the note.
        let sender = RecordingSender()
        let dispatcher = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, logger: Logger(label: "test"))
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 7)
        let sent = await sender.sent
        let verifier = WebhookVerifier(secrets: [try #require(WebhookSecret(encoded: listenerSecret))])
        var types: [String] = []
        for item in sent {
            #expect(item.url.absoluteString == "https://listener.example/events")
            try verifier.verify(
                id: item.headers["webhook-id"], timestamp: item.headers["webhook-timestamp"], signatures: item.headers["webhook-signature"],
                body: item.body, now: hub.clock.now
            )
            let object = try #require(try JSONSerialization.jsonObject(with: item.body) as? [String: Any])
            types.append(try #require(object["eventType"] as? String))
            #expect(((object["event"] as? [String: Any])?["troubleTicket"] as? [String: Any])?["id"] as? String == ticketID)
        }
        #expect(types.first == "TroubleTicketCreateEvent")
        #expect(types.filter { $0 == "TroubleTicketStatusChangeEvent" }.count == 4)
        #expect(types.filter { $0 == "TroubleTicketAttributeValueChangeEvent" }.count == 1)
        #expect(types.filter { $0 == "TroubleTicketResolvedEvent" }.count == 1)
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 0)
    }

    @Test("a failing listener is retried with backoff, then delivered")
    func retries() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            _ = try await client.execute(
                uri: "\(Self.base)/hub", method: .post, headers: hub.headers(.admin), body: APITestHub.body(["callback": "http://listener.example/cb"])
            ) { response in #expect(response.status == .created) }
            _ = try await hub.createTicket(client, as: .integrator)
        }
        let sender = RecordingSender(statuses: [500])
        let dispatcher = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, logger: Logger(label: "test"))
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 0)
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 0)  // not due yet
        #expect(try await dispatcher.deliverDue(now: hub.clock.now.addingTimeInterval(60)) == 1)
        let sent = await sender.sent
        #expect(sent.count == 2)
        #expect(sent[0].headers["webhook-id"] == sent[1].headers["webhook-id"])
    }

    @Test("a supplier's listener receives only events of tickets it may see")
    func supplierListener() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            _ = try await client.execute(
                uri: "\(Self.base)/hub", method: .post, headers: hub.headers(.supplier(APITestHub.helpline)),
                body: APITestHub.body(["callback": "http://helpline.example/cb"])
            ) { response in #expect(response.status == .created) }
            _ = try await hub.createTicket(client, as: .integrator, ["relatedParty": [["id": "frontline-desk", "role": "assignee"]]])
        }
        let sender = RecordingSender()
        let dispatcher = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, logger: Logger(label: "test"))
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 0)
        #expect(await sender.sent.isEmpty)
    }
}
