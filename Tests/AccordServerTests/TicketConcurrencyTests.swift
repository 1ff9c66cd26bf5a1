import AccordConnectors
import AccordCore
import AccordTestSupport
@testable import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("concurrent PATCHes of one ticket")
struct TicketConcurrencyTests {
    static let tickets = "/tmf-api/troubleTicket/v4/troubleTicket"

    @Test("PATCHes of one ticket sent at once are serialised: none loses another's change, each sees the one before")
    func concurrentPatches() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            // An interleaving that loses an update is likely, not certain, in one round: several rounds make missing it unlikely.
            for _ in 0..<8 {
                let id = try await hub.createTicket(client, as: .integrator, ["priority": "P3"])
                let patches: [String] = [
                    #"{"name": "renamed"}"#, #"{"description": "new description"}"#, #"{"priority": "P1"}"#,
                    #"{"relatedEntity": [{"id": "CI-42", "role": "affectedCI"}]}"#, #"{"note": [{"text": "first note"}]}"#,
                    #"{"note": [{"text": "second note"}]}"#, #"{"statusChangeReason": "waiting on the vendor"}"#, #"{"severity": "critical"}"#,
                ]
                let headers = hub.headers(.integrator, contentType: "application/merge-patch+json")
                try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                    for patch in patches {
                        group.addTask {
                            try await client.execute(uri: "\(Self.tickets)/\(id)", method: .patch, headers: headers, body: ByteBuffer(string: patch)) { $0.status }
                        }
                    }
                    for try await status in group { #expect(status == .ok) }
                }
                try await client.execute(uri: "\(Self.tickets)/\(id)", method: .get, headers: hub.headers(.admin)) { response in
                    let ticket = APITestHub.json(response.body)
                    #expect(ticket["name"] as? String == "renamed")
                    #expect(ticket["description"] as? String == "new description")
                    #expect(ticket["priority"] as? String == "P1")
                    #expect(ticket["severity"] as? String == "critical")  // as sent (impact high)
                    #expect((ticket["relatedEntity"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["CI-42"])
                    #expect(Set((ticket["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }) == ["first note", "second note"])
                }
                // Every write saw the one before: one event per request, strictly ordered in time.
                let events = try await hub.stores.ticketEvents.events(for: TicketID(id))
                #expect(events.count == 1 + patches.count)
                #expect(zip(events, events.dropFirst()).allSatisfy { $0.sourceTime < $1.sourceTime })
            }
        }
    }

    @Test("creates with one externalId sent at once make one ticket; the others are 409 and write nothing")
    func concurrentCreatesWithOneExternalID() async throws {
        let hub = try await APITestHub()
        let application = try await hub.app()
        try await application.test(.router) { client in
            let body = APITestHub.body([
                "description": "Störung Kassensystem", "severity": "major", "ticketType": "incident", "externalId": "INC0099001",
                "relatedParty": [["role": "assignee", "id": APITestHub.netnova.rawValue]],
            ])
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.execute(uri: Self.tickets, method: .post, headers: hub.headers(.integrator), body: body) { $0.status }
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 7)
            let stored = try #require(try await hub.stores.tickets.ticket(supplier: APITestHub.netnova, externalID: "INC0099001"))
            #expect(try await hub.stores.ticketEvents.events(for: stored.id).count == 1)
            // No refused create left an event behind for a ticket that was never saved.
            #expect(await (hub.stores.ticketEvents as? MemoryTicketEventStore)?.count == 1)
            let all = try await hub.stores.tickets.tickets(matching: TicketQuery(offset: 0, limit: 100))
            #expect(all.filter { $0.externalReference?.externalID == "INC0099001" }.count == 1)
        }
    }

    @Test("the lock of a ticket is released after a refused write, so the next one proceeds")
    func releasedAfterFailure() async throws {
        let locks = TicketLocks()
        let ticket = TicketID("TKT-1")
        await #expect(throws: AccordHTTPError.self) {
            try await locks.withLock(ticket) { () async throws -> Int in throw AccordHTTPError.conflict("no") }
        }
        #expect(try await locks.withLock(ticket) { 7 } == 7)
        #expect(await locks.lockedCount == 0)
    }
}
