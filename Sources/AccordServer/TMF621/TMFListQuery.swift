import AccordCore
import Hummingbird

/// The query of `GET …/troubleTicket`: attribute filters, paging and field selection.
struct TMFListQuery {
    var statuses: Set<String>?
    var severities: Set<String>?
    var priorities: Set<String>?
    var ticketTypes: Set<String>?
    var offset: Int
    var limit: Int
    var fields: Set<String>?

    /// `limit` above the page size cap is lowered to it; malformed values are 400 `api.invalid_query`.
    init(_ request: Request, maxPageSize: Int) throws {
        let parameters = request.uri.queryParameters
        func set(_ name: String) -> Set<String>? {
            parameters[name[...]].map { Set($0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces).lowercased() }) }
        }
        statuses = set("status")
        severities = set("severity")
        priorities = set("priority")
        ticketTypes = set("ticketType")
        offset = try Self.integer(parameters["offset"].map(String.init), name: "offset", default: 0)
        limit = min(maxPageSize, try Self.integer(parameters["limit"].map(String.init), name: "limit", default: min(100, maxPageSize)))
        fields = try Self.fields(request)
    }

    func matches(_ ticket: Ticket) -> Bool {
        if let statuses, !statuses.contains(TMFStatus(ticket.state).rawValue.lowercased()) { return false }
        if let severities, !severities.contains(ticket.priority?.impact?.name ?? "") { return false }
        if let priorities, !priorities.contains(ticket.priority?.priority.description.lowercased() ?? "") { return false }
        if let ticketTypes, !ticketTypes.contains(ticket.kind.rawValue) { return false }
        return true
    }

    /// `fields=a,b`: the top-level attributes to return (`id`, `href` and `@type` always are).
    static func fields(_ request: Request) throws -> Set<String>? {
        guard let text = request.uri.queryParameters["fields"] else { return nil }
        return Set(text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
    }

    private static func integer(_ text: String?, name: String, default fallback: Int) throws -> Int {
        guard let text else { return fallback }
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw AccordHTTPError.invalidQuery(name, "a whole number from 0 (found '\(text.prefix(40))')")
        }
        // Any larger number means "past the end" or "as many as allowed": saturate instead of refusing.
        return Int(text).map { min($0, Int(Int32.max)) } ?? Int(Int32.max)
    }
}
