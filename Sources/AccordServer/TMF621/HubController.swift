import AccordCore
import Foundation
import Hummingbird

/// TMF621 listener registration at `/tmf-api/troubleTicket/v4/hub` (bearer token required).
///
/// - `POST …/hub` `{"callback": "https://…", "query": "eventType=TroubleTicketStatusChangeEvent"}`
///   → 201 `{id, callback, query, secret}`: `secret` (`whsec_…`) signs every delivery (Standard
///   Webhooks) and is shown only here.
/// - `DELETE …/hub/{id}` → 204; a listener registered by another principal answers 404 (admins may delete any).
struct HubController: Sendable {
    let listeners: any ListenerStore
    let limits: APILimits
    /// `hub.yaml` `api.allowLinkLocalCallbacks` (see ``CallbackAddressPolicy``).
    var allowsLinkLocalCallbacks = false
    /// Resolves callback host names for the policy.
    var resolver: any HostResolver = SystemHostResolver()
    let now: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.post("hub") { request, context in
            let principal = try context.requirePrincipal()
            let body = try await APIJSON.object(request, limit: min(limits.maxRequestBytes, 65_536))
            guard let callback = body["callback"] as? String, let url = URL(string: callback), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  url.host?.isEmpty == false, callback.utf8.count <= 2048
            else { throw AccordHTTPError.invalidField("callback", "an absolute http or https URL") }
            if !allowsLinkLocalCallbacks, let host = url.host, await CallbackAddressPolicy.refuses(host, resolver: resolver, refusesUnknown: false) {
                throw AccordHTTPError.invalidField(
                    "callback", "link-local and cloud metadata addresses (also names resolving to them) are refused (hub.yaml api.allowLinkLocalCallbacks)"
                )
            }
            let query: String?
            switch body["query"] {
            case nil: query = nil
            case let text as String where text.utf8.count <= 1024: query = text
            default: throw AccordHTTPError.invalidField("query", "a string of at most 1024 bytes")
            }
            for key in body.keys where !["callback", "query"].contains(key) {
                guard TMFTicketInput.ignored.contains(key) else { throw AccordHTTPError.fieldNotAllowed(key, "not an EventSubscriptionInput field") }
            }
            try TMFBodyShape.checkAttributes(body, path: "")
            var generator = SystemRandomNumberGenerator()
            let key = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
            let listener = TicketListener(
                id: "LSN-\(UUID().uuidString.lowercased())", callback: callback, query: query, owner: principal,
                secret: "whsec_" + key.base64EncodedString(), createdAt: now()
            )
            try await listeners.save(listener)
            var object: [String: Any] = ["id": listener.id, "callback": callback, "secret": listener.secret]
            if let query { object["query"] = query }
            return try APIJSON.response(.created, object, headers: [.location: "/tmf-api/troubleTicket/v4/hub/\(listener.id)"])
        }
        group.delete("hub/:id") { _, context in
            let principal = try context.requirePrincipal()
            let id = context.parameters.get("id") ?? ""
            guard let listener = try await listeners.listener(id), listener.owner == principal || principal == .admin else {
                throw AccordHTTPError.listenerNotFound(id)
            }
            try await listeners.remove(id)
            // TMF621 declares application/json for every response, the empty 204 included.
            return Response(status: .noContent, headers: [.contentType: "application/json;charset=utf-8"])
        }
    }
}
