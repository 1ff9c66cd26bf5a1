import AccordCore
import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// TMF621's `severity`, `ticketType` and `priority` are free text: a client reads back what it
/// sent (the specification's own examples), filters find it by either spelling, and the
/// canonical values behind them still drive the ledger.
@Suite("TMF621 values read back as sent, and list filters")
struct TMF621ReadBackTests {
    static let tickets = "/tmf-api/troubleTicket/v4/troubleTicket"

    /// The specification's `TroubleTicket_create_example_request` (v5 document) in v4's shapes
    /// (v4 `RelatedEntity`/`RelatedParty` carry the id themselves), with a priority.
    static var specExample: [String: Any] { [
        "name": "complaint over last bill",
        "description": "I do not accept the last VOD charge, since the movie was constantly interrupted",
        "severity": "Major", "ticketType": "Bill Dispute", "priority": "High",
        "expectedResolutionDate": "2019-06-10T07:34:45.968Z", "requestedResolutionDate": "2022-05-31T07:34:45.968Z",
        "attachment": [[
            "id": "34345", "description": "Scanned disputed bill", "attachmentType": "billCopy", "mimeType": "image/png", "name": "March Bill",
            "url": "https://mycsp.com:7070/docloader?docnum=3534555", "@type": "Attachment",
        ]],
        "channel": ["id": "8774", "name": "self service", "@type": "ChannelRef"],
        "note": [["id": "77456", "author": "Jean Pontus", "text": "Already called the expert line without any clear response", "@type": "Note"]],
        "relatedEntity": [["id": "3472", "href": "https://mycsp.com:8080/tmf-api/customerBillManagement/v5/customerBill/3472", "name": "March 2019 Bill",
                           "role": "disputedBill", "@referredType": "CustomerBill", "@type": "RelatedEntity"]],
        "relatedParty": [["id": "9476", "href": "https://mycsp.com:8080/tmf-api/partyManagement/v5/individual/9476", "role": "member",
                          "@referredType": "Individual", "@type": "RelatedParty"]],
        "troubleTicketRelationship": [["id": "3472", "relationshipType": "isChild", "@type": "TroubleTicketRelationship"]],
        "@type": "TroubleTicket",
    ] }

    @Test("the specification's create example is accepted and reads back as sent; canonically it is a P2 incident of medium impact")
    func specExampleReadsBack() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            let id = try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(Self.specExample)) { response in
                #expect(response.status == .created, "\(APITestHub.text(response.body))")
                let body = APITestHub.json(response.body)
                #expect(body["severity"] as? String == "Major")
                #expect(body["ticketType"] as? String == "Bill Dispute")
                #expect(body["priority"] as? String == "High")
                #expect((body["note"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["Already called the expert line without any clear response"])
                Self.expectKeptAsSent(body)
                return try #require(body["id"] as? String)
            }
            try await client.execute(uri: "\(Self.tickets)/\(id)", method: .get, headers: hub.headers(.integrator)) { response in
                let body = APITestHub.json(response.body)
                #expect(body["severity"] as? String == "Major")
                #expect(body["ticketType"] as? String == "Bill Dispute")
                #expect(body["priority"] as? String == "High")
                Self.expectKeptAsSent(body)
            }
            let ticket = try #require(try await hub.stores.tickets.ticket(TicketID(id)))
            #expect(ticket.kind == .incident)
            #expect(ticket.priority?.priority == .p2)
            #expect(ticket.priority?.impact == .medium)
        }
    }

    /// The attributes Accord keeps without reading them come back exactly as the example sent them.
    static func expectKeptAsSent(_ body: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        for key in ["attachment", "channel", "expectedResolutionDate", "requestedResolutionDate", "troubleTicketRelationship"] {
            #expect(body[key].map { NSDictionary(dictionary: ["v": $0]) } == NSDictionary(dictionary: ["v": specExample[key]!]), "\(key)", sourceLocation: sourceLocation)
        }
        let entities = body["relatedEntity"] as? [[String: Any]] ?? []
        #expect(entities.contains { $0["role"] as? String == "disputedBill" && $0["id"] as? String == "3472" && $0["@referredType"] as? String == "CustomerBill" }, sourceLocation: sourceLocation)
        let parties = body["relatedParty"] as? [[String: Any]] ?? []
        #expect(parties.contains { $0["role"] as? String == "member" && $0["id"] as? String == "9476" }, sourceLocation: sourceLocation)
    }

    @Test("kept attributes change by merge patch (null removes), only for principals that may change business fields")
    func keptAttributesPatch() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            let frontline = Principal.supplier(APITestHub.frontline)
            let id = try await hub.createTicket(client, as: .integrator, [
                "channel": ["id": "1", "name": "phone"], "relatedParty": [["id": "frontline-desk", "role": "assignee"], ["id": "C-1", "role": "customer"]],
            ])
            func patch(_ object: [String: Any], as principal: Principal) async throws -> (HTTPResponse.Status, [String: Any]) {
                try await client.execute(
                    uri: "\(Self.tickets)/\(id)", method: .patch, headers: hub.headers(principal, contentType: "application/merge-patch+json"),
                    body: APITestHub.body(object)
                ) { ($0.status, APITestHub.json($0.body)) }
            }
            // The assignee sending only its own entry (a new resolver group) leaves the kept ones.
            var (status, body) = try await patch(["relatedParty": [["id": "frontline-desk", "role": "assignee", "name": "desk-c"]]], as: frontline)
            #expect(status == .ok, "\(body)")
            #expect((body["relatedParty"] as? [[String: Any]])?.compactMap { $0["role"] as? String } == ["assignee", "customer"])
            // The assignee sending its parties back unchanged changes nothing it may not change.
            (status, body) = try await patch(["relatedParty": [["id": "frontline-desk", "role": "assignee", "name": "desk-b"], ["id": "C-1", "role": "customer"]]], as: frontline)
            #expect(status == .ok)
            #expect((body["relatedParty"] as? [[String: Any]])?.compactMap { $0["role"] as? String } == ["assignee", "customer"])
            (status, body) = try await patch(["channel": ["id": "2", "name": "email"]], as: frontline)
            #expect(status == .unprocessableContent)
            #expect((body["error"] as? [String: Any])?["code"] as? String == "api.field_not_allowed")
            (status, body) = try await patch(["channel": NSNull(), "requestedResolutionDate": "2026-12-01T00:00:00Z"], as: .integrator)
            #expect(status == .ok)
            #expect(body["channel"] == nil)
            #expect(body["requestedResolutionDate"] as? String == "2026-12-01T00:00:00Z")
            (status, _) = try await patch(["attachment": "not a list"], as: .integrator)
            #expect(status == .badRequest)
        }
    }

    @Test("attributes a supplier kept are not shown to another supplier, as its notes are not")
    func keptAttributesFollowVisibility() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            let frontline = Principal.supplier(APITestHub.frontline)
            // raised by the frontline desk itself, with its own customer party and channel
            let id = try await hub.createTicket(client, as: frontline, [
                "channel": ["id": "desk-phone"], "relatedParty": [["id": "frontline-desk", "role": "assignee"], ["id": "C-7", "role": "customer"]],
            ])
            hub.clock.advance(60)
            try await client.execute(
                uri: "\(Self.tickets)/\(id)", method: .patch, headers: hub.headers(.integrator, contentType: "application/merge-patch+json"),
                body: APITestHub.body(["relatedParty": [["id": "helpline", "role": "assignee"], ["id": "C-7", "role": "customer"]]])
            ) { #expect($0.status == .ok, "\(APITestHub.text($0.body))") }
            let helpline = Principal.supplier(APITestHub.helpline)
            try await client.execute(uri: "\(Self.tickets)/\(id)", method: .get, headers: hub.headers(helpline)) { response in
                let body = APITestHub.json(response.body)
                #expect(body["channel"] == nil)  // the frontline desk's
                // the customer party too: the integrator sent it back unchanged, which writes nothing
                #expect((body["relatedParty"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["helpline"])
            }
            try await client.execute(uri: "\(Self.tickets)/\(id)", method: .get, headers: hub.headers(.integrator)) { response in
                let body = APITestHub.json(response.body)
                #expect((body["channel"] as? [String: Any])?["id"] as? String == "desk-phone")
                #expect((body["relatedParty"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["helpline", "C-7"])
            }
        }
    }

    @Test("a spelling stands until a change made without one: then the canonical value shows")
    func spellingFollowsTheValue() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            let id = try await hub.createTicket(client, as: .integrator, ["severity": "Critical", "priority": "high"])
            func patch(_ object: [String: Any], as principal: Principal = .integrator) async throws -> [String: Any] {
                hub.clock.advance(60)
                return try await client.execute(
                    uri: "\(Self.tickets)/\(id)", method: .patch, headers: hub.headers(principal, contentType: "application/merge-patch+json"),
                    body: APITestHub.body(object)
                ) { response in
                    #expect(response.status == .ok, "\(APITestHub.text(response.body))")
                    return APITestHub.json(response.body)
                }
            }
            var body = try await patch(["name": "renamed"])
            #expect(body["severity"] as? String == "Critical")  // an unrelated change keeps it
            #expect(body["priority"] as? String == "high")
            body = try await patch(["priority": "P1"])
            #expect(body["priority"] as? String == "P1")
            body = try await patch(["severity": "Minor"])
            #expect(body["severity"] as? String == "Minor")
            #expect(try await hub.stores.tickets.ticket(TicketID(id))?.priority?.impact == .low)
            // Text that names no impact is kept too, and leaves the impact as it was.
            body = try await patch(["severity": "Catastrophic"])
            #expect(body["severity"] as? String == "Catastrophic")
            #expect(try await hub.stores.tickets.ticket(TicketID(id))?.priority?.impact == .low)
            #expect(try await hub.stores.tickets.ticket(TicketID(id))?.priority?.priority == .p1)

            // A status the hub keeps as another canonical state reads back as sent, in the history too.
            body = try await patch(["status": "rejected", "statusChangeReason": "duplicate of another ticket"], as: .admin)
            #expect(body["status"] as? String == "rejected")
            let history = try #require(body["statusChangeHistory"] as? [[String: Any]])
            #expect(history.compactMap { $0["status"] as? String } == ["acknowledged", "rejected"])
            #expect(history.last?["changeReason"] as? String == "duplicate of another ticket")
            #expect(try await hub.stores.tickets.ticket(TicketID(id))?.state == .cancelled)
            body = try await patch(["status": "acknowledged"], as: .admin)
            #expect(body["status"] as? String == "acknowledged")
        }
    }

    @Test("a supplier's snapshot repeating the same values leaves the spellings; a different value replaces them")
    func repeatedValuesKeepSpellings() async throws {
        let hub = try await APITestHub()
        let id = try await hub.app().test(.router) { client in
            try await hub.createTicket(client, as: .integrator, ["severity": "Major", "priority": "High"])
        }
        func snapshot(_ name: String, priority: String, impact: String) async throws {
            hub.clock.advance(60)
            try await hub.stores.ticketEvents.append(TicketEvent(
                id: TicketEventID(name), ticketID: TicketID(id), sourceTime: hub.clock.now, receivedTime: hub.clock.now, channel: .poll,
                supplier: APITestHub.frontline, deliveryID: name,
                changes: [FieldChange(field: .state, newValue: "new"), FieldChange(field: .priority, newValue: priority), FieldChange(field: .impact, newValue: impact)]
            ))
        }
        func shown() async throws -> (String?, String?) {
            try await hub.app().test(.router) { client in
                try await client.execute(uri: "\(Self.tickets)/\(id)", method: .get, headers: hub.headers(.integrator)) { response in
                    let body = APITestHub.json(response.body)
                    return (body["severity"] as? String, body["priority"] as? String)
                }
            }
        }
        try await snapshot("EVT-same", priority: "P2", impact: "medium")
        #expect(try await shown() == ("Major", "High"))
        try await snapshot("EVT-moved", priority: "P1", impact: "medium")
        #expect(try await shown().1 != "High")  // the supplier moved the priority: no longer the client's spelling
        #expect(try await shown().0 == "Major")
    }

    @Test("a first status: acknowledged changes no state; any other needs the authority to set the state")
    func statusOnCreate() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            let id = try await hub.createTicket(client, as: .integrator, ["status": "acknowledged"])
            let events = try await hub.stores.ticketEvents.events(for: TicketID(id))
            #expect(events.flatMap(\.changes).filter { $0.field == .state }.map(\.newValue) == ["new"])  // no assignment, no response
            var object: [String: Any] = ["description": "x", "severity": "minor", "ticketType": "incident", "status": "inProgress"]
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(object)) { response in
                #expect(response.status == .unprocessableContent)
            }
            object["status"] = "inProgress"
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.admin), body: APITestHub.body(object)) { response in
                #expect(response.status == .created)
                #expect(APITestHub.json(response.body)["status"] as? String == "inProgress")
            }
        }
    }

    @Test("priority takes P1–P5, 1–5 and the names TMF621 gives; other text is 400 naming the field")
    func priorityNames() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            for (text, expected) in [("Critical", Priority.p1), ("medium", .p3), ("LOW", .p4), ("Planning", .p5), ("2", .p2), ("p5", .p5)] {
                let id = try await hub.createTicket(client, as: .integrator, ["priority": text])
                #expect(try await hub.stores.tickets.ticket(TicketID(id))?.priority?.priority == expected, "\(text)")
            }
            var object: [String: Any] = ["description": "x", "severity": "minor", "ticketType": "incident", "priority": "whenever"]
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(object)) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.text(response.body).contains("priority"))
            }
            object["priority"] = "P2"
            object["severity"] = ""
            try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(object)) { response in
                #expect(response.status == .badRequest)
                #expect(APITestHub.text(response.body).contains("severity"))
            }
        }
    }

    @Test("ticketType is read as a canonical kind: by name, by a word in it, else incident")
    func ticketTypes() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            for (text, expected) in [("PROBLEM", TicketKind.problem), ("Service Request", .request), ("Normal Change", .change), ("complaint", .incident)] {
                let id = try await hub.createTicket(client, as: .integrator, ["ticketType": text])
                #expect(try await hub.stores.tickets.ticket(TicketID(id))?.kind == expected, "\(text)")
            }
        }
    }

    @Test("a listener's query clause event.troubleTicket.<attribute> selects the tickets it is told about")
    func listenerQueryOnAttributes() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            try await client.execute(
                uri: "/tmf-api/troubleTicket/v4/hub", method: .post, headers: hub.headers(.integrator),
                body: APITestHub.body(["callback": "https://listener.example/major", "query": "eventType=TroubleTicketCreateEvent&event.troubleTicket.severity=Major,critical"])
            ) { #expect($0.status == .created) }
            _ = try await hub.createTicket(client, as: .integrator, ["name": "one", "severity": "Major"])
            _ = try await hub.createTicket(client, as: .integrator, ["name": "two", "severity": "minor"])
            // "high" is the impact critical maps to, but a clause compares the text or the impact name (high), not other spellings
            _ = try await hub.createTicket(client, as: .integrator, ["name": "three", "severity": "high"])
        }
        let sender = RecordingSender()
        let dispatcher = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, logger: Logger(label: "test"))
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 1)
        let names = try await sender.sent.map { item in
            let object = try #require(try JSONSerialization.jsonObject(with: item.body) as? [String: Any])
            return ((object["event"] as? [String: Any])?["troubleTicket"] as? [String: Any])?["name"] as? String
        }
        #expect(names == ["one"])
    }

    @Test("a PATCH of attributes kept as sent is an attribute-value change for listeners; a spelling alone is not")
    func keptChangesNotify() async throws {
        let hub = try await APITestHub()
        let sender = RecordingSender()
        let dispatcher = NotificationDispatcher(listeners: hub.stores.listeners, sender: sender, logger: Logger(label: "test"))
        try await hub.app().test(.router) { client in
            try await client.execute(
                uri: "/tmf-api/troubleTicket/v4/hub", method: .post, headers: hub.headers(.integrator),
                body: APITestHub.body(["callback": "https://listener.example/all", "query": "eventType=TroubleTicketAttributeValueChangeEvent"])
            ) { #expect($0.status == .created) }
            let id = try await hub.createTicket(client, as: .integrator, ["severity": "Major"])
            for patch: [String: Any] in [["attachment": [["id": "a1", "url": "https://files.example/a1"]]], ["severity": "major"]] {
                hub.clock.advance(60)
                try await client.execute(
                    uri: "\(Self.tickets)/\(id)", method: .patch, headers: hub.headers(.integrator, contentType: "application/merge-patch+json"),
                    body: APITestHub.body(patch)
                ) { #expect($0.status == .ok) }
            }
        }
        // the attachment, and the severity patch (its impact change, same value); not a spelling on its own
        #expect(try await dispatcher.deliverDue(now: hub.clock.now) == 2)
    }

    @Test("any top-level attribute filters the list, by what the viewer reads or by the canonical value")
    func filters() async throws {
        let hub = try await APITestHub()
        try await hub.app().test(.router) { client in
            let dispute = try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: APITestHub.body(Self.specExample)) { response in
                try #require(APITestHub.json(response.body)["id"] as? String)
            }
            let outage = try await hub.createTicket(client, as: .integrator, ["name": "VPN down", "severity": "minor"])
            func ids(_ query: String) async throws -> [String] {
                try await client.execute(uri: "\(Self.tickets)?\(query)", method: .get, headers: hub.headers(.integrator)) { response in
                    #expect(response.status == .ok, "\(APITestHub.text(response.body))")
                    let found = APITestHub.array(response.body).compactMap { $0["id"] as? String }
                    #expect(response.headers[HTTPField.Name("X-Total-Count")!] == String(found.count))
                    return found.sorted()
                }
            }
            #expect(try await ids("severity=Major") == [dispute])
            #expect(try await ids("severity=major") == [dispute])
            #expect(try await ids("severity=medium") == [dispute])  // the canonical impact of "Major"
            #expect(try await ids("severity=minor,major") == [dispute, outage].sorted())
            #expect(try await ids("ticketType=Bill%20Dispute") == [dispute])
            #expect(try await ids("ticketType=incident") == [dispute, outage].sorted())
            #expect(try await ids("status=acknowledged") == [dispute, outage].sorted())
            #expect(try await ids("status=inProgress") == [])
            #expect(try await ids("priority=P2") == [dispute])
            #expect(try await ids("id=\(outage)") == [outage])
            #expect(try await ids("name=VPN%20down") == [outage])
            #expect(try await ids("name=VPN%20down&severity=Major") == [])
            #expect(try await ids("description=nothing%20like%20it") == [])
            #expect(try await ids("sort=-creationDate&depth=1") == [dispute, outage].sorted())  // not attributes: ignored
            try await client.execute(uri: "\(Self.tickets)?ticketType=incident&limit=1&fields=name", method: .get, headers: hub.headers(.integrator)) { response in
                #expect(APITestHub.array(response.body).count == 1)
                #expect(response.headers[HTTPField.Name("X-Total-Count")!] == "2")
            }
        }
    }
}
