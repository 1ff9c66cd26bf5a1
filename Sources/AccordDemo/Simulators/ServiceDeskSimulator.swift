import AccordCore
import Foundation

/// Frontline's service desk (Use tier) working inside Accord through the real TMF621 API.
///
/// The desk raises and works tickets with its own supplier token (working fields: status, notes);
/// the integrator's token sets what the desk may not (priority, service, and handing the ticket to
/// NetNova and back), as the service-integration function would.
actor ServiceDeskSimulator {
    let hub: URL
    let deskToken: String
    let integratorToken: String
    private let http = DemoHTTPClient()
    /// Desk ticket key → the hub's ticket id.
    private(set) var ticketIDs: [String: String] = [:]
    private(set) var requests = 0

    init(hub: URL, deskToken: String, integratorToken: String) {
        self.hub = hub
        self.deskToken = deskToken
        self.integratorToken = integratorToken
    }

    private var collection: URL { hub.appendingPathComponent("tmf-api/troubleTicket/v4/troubleTicket") }

    /// Performs one step of a desk ticket through the API.
    func perform(_ step: SyntheticStep, of ticket: SyntheticTicket) async throws {
        switch step.change {
        case .opened:
            let created = try await call("POST", collection, token: deskToken, [
                "name": ticket.title, "description": "\(ticket.title) — reported by phone (\(ticket.key))",
                "severity": Self.severity(ticket.priority), "ticketType": "incident",
                "note": [["text": "Logged by the service desk as \(ticket.key)."]],
            ])
            guard let id = created["id"] as? String else { throw DemoError("TMF621 create for \(ticket.key) returned no id") }
            ticketIDs[ticket.key] = id
            // Triage: the integrator sets the priority (impact × urgency) and the service.
            try await patch(ticket, token: integratorToken, ["priority": ticket.priority.description, "relatedEntity": [["id": ticket.service, "role": "service"]]])
        case .started, .resumed, .reopened: try await patch(ticket, token: deskToken, ["status": "inProgress"])
        case .pendingCustomer:
            try await patch(ticket, token: deskToken, ["status": "pending", "statusChangeReason": "Waiting for the caller to confirm"])
        case .handedTo(let supplier):
            try await patch(ticket, token: integratorToken, ["relatedParty": [["role": "assignee", "id": supplier.rawValue]]])
        case .resolved: try await patch(ticket, token: deskToken, ["status": "resolved", "note": [["text": "Fixed and confirmed with the caller."]]])
        case .closed: try await patch(ticket, token: deskToken, ["status": "closed"])
        }
    }

    private func patch(_ ticket: SyntheticTicket, token: String, _ body: [String: Any]) async throws {
        guard let id = ticketIDs[ticket.key] else { throw DemoError("desk ticket \(ticket.key) was never created") }
        try await call("PATCH", collection.appendingPathComponent(id), token: token, body)
    }

    @discardableResult
    private func call(_ method: String, _ url: URL, token: String, _ body: [String: Any]) async throws -> [String: Any] {
        requests += 1
        let headers = ["Authorization": "Bearer \(token)", "Content-Type": method == "PATCH" ? "application/merge-patch+json" : "application/json"]
        let (_, data) = try await http.send(method, url, headers: headers, body: try DemoHTTPClient.json(body))
        return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// TMF severity for a priority (the hub derives its first priority from it).
    static func severity(_ priority: Priority) -> String {
        switch priority {
        case .p1, .p2: "critical"
        case .p3: "major"
        default: "minor"
        }
    }
}
