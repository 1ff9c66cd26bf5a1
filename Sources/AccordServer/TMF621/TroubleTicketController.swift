import AccordConnectors
import AccordCore
import Foundation
import HTTPTypes
import Hummingbird

/// TMF621 v4 trouble tickets at `/tmf-api/troubleTicket/v4/troubleTicket` (bearer token required).
///
/// - `GET …/troubleTicket?status=&severity=&priority=&ticketType=&offset=&limit=&fields=`: the
///   tickets the principal may see, with `X-Total-Count` and `X-Result-Count`.
/// - `POST …/troubleTicket`: creates a ticket (201, `Location`).
/// - `GET …/troubleTicket/{id}?fields=`; `PATCH …/troubleTicket/{id}`: JSON merge patch.
///
/// Another supplier's ticket answers 404, exactly like one that does not exist.
struct TroubleTicketController: Sendable {
    let stores: AccordStores
    let writer: TicketWriter
    let limits: APILimits
    let suppliers: [SupplierID: Supplier]
    /// Serialises writes per ticket with the inbox worker's (concurrent writes of one ticket must not lose each other's change).
    var locks = TicketLocks()

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("troubleTicket") { request, context in try await list(request, principal: context.requirePrincipal()) }
        group.post("troubleTicket") { request, context in try await create(request, principal: context.requirePrincipal()) }
        group.get("troubleTicket/:id") { request, context in
            let principal = try context.requirePrincipal()
            let (ticket, events) = try await visible(context.parameters.get("id") ?? "", principal: principal)
            let fields = try TMFListQuery.fields(request)
            return try APIJSON.response(.ok, TMFTicketRepresentation(ticket: ticket, events: events, viewer: principal).object(fields: fields))
        }
        group.patch("troubleTicket/:id") { request, context in
            try await patch(request, id: context.parameters.get("id") ?? "", principal: context.requirePrincipal())
        }
    }

    private func list(_ request: Request, principal: Principal) async throws -> Response {
        let query = try TMFListQuery(request, maxPageSize: limits.maxPageSize)
        // Filters compare what the viewer reads, so each visible ticket is rendered first.
        var matching: [[String: Any]] = []
        var offset = 0
        while true {
            let page = try await stores.tickets.tickets(matching: TicketQuery(offset: offset, limit: 500))
            for ticket in page {
                let events = try await stores.ticketEvents.events(for: ticket.id)
                guard TicketAccess.canSee(principal, ticket: ticket, events: events) else { continue }
                let object = TMFTicketRepresentation(ticket: ticket, events: events, viewer: principal).object()
                if query.matches(object, ticket: ticket) { matching.append(object) }
            }
            guard page.count == 500 else { break }
            offset += 500
        }
        let page = matching.dropFirst(query.offset).prefix(query.limit)
        let body = page.map { TMFTicketRepresentation.selecting(query.fields, from: $0) }
        var headers = HTTPFields()
        if let total = HTTPField.Name("X-Total-Count"), let result = HTTPField.Name("X-Result-Count") {
            headers[total] = String(matching.count)
            headers[result] = String(body.count)
        }
        return try APIJSON.response(.ok, body, headers: headers)
    }

    private func create(_ request: Request, principal: Principal) async throws -> Response {
        let body = try await APIJSON.object(request, limit: limits.maxRequestBytes)
        let supplier = try writerSupplier(principal)
        for required in ["description", "severity", "ticketType"] where body[required] == nil || body[required] is NSNull {
            throw AccordHTTPError.invalidField(required, "required when creating a trouble ticket")
        }
        let input = TMFTicketInput(body: body, principal: principal, supplier: supplier, current: nil, knownSuppliers: Set(suppliers.keys))
        // ticketType is free text in TMF621 ("incident, complain, request" are examples): kept as
        // the client spelled it, and read as a canonical kind (TMFTicketType).
        guard let type = try input.string("ticketType"), !type.isEmpty else { throw AccordHTTPError.invalidField("ticketType", "may not be empty") }
        let kind = TMFTicketType.kind(type)
        var changes = try input.changes()
        if !changes.contains(where: { $0.field == .title }) {
            changes.insert(FieldChange(field: .title, newValue: String((try input.string("description") ?? "").prefix(120))), at: 0)
        }
        if let own = principal.supplier, !changes.contains(where: { $0.field == .assignment }) {
            changes.append(FieldChange(field: .assignment, newValue: own.rawValue))
        }
        changes.insert(FieldChange(field: .state, newValue: TicketState.new.description), at: 0)
        let reference = try externalReference(input, changes: changes, principal: principal)
        let id = TicketID.random()
        let seed = Ticket(id: id, kind: kind, externalReference: reference, title: "", timestamps: TicketTimestamps(openedAt: writer.now()))
        // A ticket with an external id is created under that id's lock (the inbox worker takes the
        // same one), after checking that no ticket has it: nothing is written for a duplicate.
        let (ticket, events) = try await locks.withLocks(reference.map { [.external($0.supplier, $0.externalID)] } ?? []) { [writer, stores, changes] in
            if let reference, try await stores.tickets.ticket(supplier: reference.supplier, externalID: reference.externalID) != nil {
                throw AccordHTTPError.conflict("another ticket already has this externalId")
            }
            return try await writer.write(seed: seed, known: [], changes: changes, principal: principal)
        }
        let object = TMFTicketRepresentation(ticket: ticket, events: events, viewer: principal).object()
        return try APIJSON.response(.created, object, headers: [.location: "\(TMFTicketRepresentation.basePath)/\(id.rawValue)"])
    }

    private func patch(_ request: Request, id: String, principal: Principal) async throws -> Response {
        let (found, _) = try await visible(id, principal: principal)
        let object = try await APIJSON.object(request, limit: limits.maxRequestBytes, mediaTypes: ["application/merge-patch+json", "application/json"])
        let body = UncheckedBody(object: object)
        // Read, decide and write under the ticket's lock, so each PATCH sees the one before it.
        return try await locks.withLocks(TicketLocks.Key.keys(of: found)) {
            try await patch(body.object, id: id, principal: principal)
        }
    }

    private func patch(_ body: [String: Any], id: String, principal: Principal) async throws -> Response {
        let (ticket, events) = try await visible(id, principal: principal)
        let supplier = try writerSupplier(principal)
        if let own = principal.supplier, ticket.assignment?.supplier != own {
            throw AccordHTTPError.forbidden("the ticket is no longer assigned to \(own); it can be read but not changed")
        }
        let input = TMFTicketInput(
            body: body, principal: principal, supplier: supplier, current: ticket, knownSuppliers: Set(suppliers.keys),
            // compared with what this principal reads back, so sending that back changes nothing
            keptNow: TMFLabels(events: events.filter { TMFTicketRepresentation.isVisible($0, to: principal) }).kept
        )
        let changes = try input.changes()
        guard !changes.isEmpty else {
            return try APIJSON.response(.ok, TMFTicketRepresentation(ticket: ticket, events: events, viewer: principal).object())
        }
        let seed = Ticket(id: ticket.id, kind: ticket.kind, externalReference: ticket.externalReference, title: "", timestamps: ticket.timestamps)
        let (updated, all) = try await writer.write(seed: seed, known: events, changes: changes, principal: principal)
        return try APIJSON.response(.ok, TMFTicketRepresentation(ticket: updated, events: all, viewer: principal).object())
    }

    /// A parsed JSON body carried into the lock's closure.
    private struct UncheckedBody: @unchecked Sendable {
        // Safe: built from a fresh JSONSerialization result, never mutated, read by one task at a time.
        let object: [String: Any]
    }

    /// The ticket and its events if the principal may see it; otherwise 404 as if it did not exist.
    private func visible(_ id: String, principal: Principal) async throws -> (Ticket, [TicketEvent]) {
        guard id.utf8.count <= 200, let ticket = try await stores.tickets.ticket(TicketID(id)) else { throw AccordHTTPError.ticketNotFound(id) }
        let events = try await stores.ticketEvents.events(for: ticket.id)
        guard TicketAccess.canSee(principal, ticket: ticket, events: events) else { throw AccordHTTPError.ticketNotFound(id) }
        return (ticket, events)
    }

    /// A supplier principal's record; its tier must open the native API for it to write.
    private func writerSupplier(_ principal: Principal) throws -> Supplier? {
        guard let id = principal.supplier else { return nil }
        guard let supplier = suppliers[id], supplier.capabilities.accepts(.nativeAPI) else {
            throw AccordHTTPError.forbidden("supplier \(id) does not work through the native ticket API (its tier does not open it)")
        }
        return supplier
    }

    private func externalReference(_ input: TMFTicketInput, changes: [FieldChange], principal: Principal) throws -> ExternalReference? {
        guard let externalID = try input.string("externalId"), !externalID.isEmpty else { return nil }
        let assignee = changes.last { $0.field == .assignment }?.newValue.flatMap(TicketAccess.assignee)
        guard let owner = principal.supplier ?? assignee else {
            throw AccordHTTPError.invalidField("externalId", "an external id belongs to a supplier: assign the ticket (relatedParty) too")
        }
        return ExternalReference(supplier: owner, externalID: externalID)
    }
}
