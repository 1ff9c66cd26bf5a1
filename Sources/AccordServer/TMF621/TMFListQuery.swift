import AccordCore
import Hummingbird

/// The query of `GET …/troubleTicket`: attribute filters, paging and field selection.
///
/// A parameter naming a scalar top-level TroubleTicket attribute filters on it as the viewer
/// would read it (`?id=`, `?name=`, `?externalId=`, `?status=`, …); others (`sort`, `depth`,
/// `expand`) are ignored. Comma-separated values are alternatives, compared without regard to
/// case. `status`, `severity`, `priority` and `ticketType` also match their canonical value
/// (`?severity=medium` finds a ticket created with `"severity": "Major"`).
struct TMFListQuery {
    /// The scalar attributes of TMF621 v4's `TroubleTicket` a list can be filtered on.
    static let attributes: Set<String> = [
        "id", "href", "name", "description", "severity", "priority", "status", "ticketType", "statusChangeReason", "statusChangeDate",
        "creationDate", "lastUpdate", "resolutionDate", "expectedResolutionDate", "requestedResolutionDate", "externalId",
        "@type", "@baseType", "@schemaLocation",
    ]

    var filters: [String: Set<String>]
    var offset: Int
    var limit: Int
    var fields: Set<String>?

    /// `limit` above the page size cap is lowered to it; malformed values are 400 `api.invalid_query`.
    init(_ request: Request, maxPageSize: Int) throws {
        let parameters = request.uri.queryParameters
        var filters: [String: Set<String>] = [:]
        for (name, value) in parameters where Self.attributes.contains(String(name)) {
            filters[String(name), default: []].formUnion(Self.alternatives(value))
        }
        self.filters = filters
        offset = try Self.integer(parameters["offset"].map(String.init), name: "offset", default: 0)
        limit = min(maxPageSize, try Self.integer(parameters["limit"].map(String.init), name: "limit", default: min(100, maxPageSize)))
        fields = try Self.fields(request)
    }

    /// A filter's comma-separated alternatives, trimmed and lowercased as they are compared.
    static func alternatives(_ text: some StringProtocol) -> Set<String> {
        Set(text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces).lowercased() })
    }

    /// Whether the ticket, rendered as `object` for the viewer, passes every filter.
    func matches(_ object: [String: Any], ticket: Ticket) -> Bool {
        Self.matches(filters, object: object, ticket: ticket)
    }

    /// Whether `object` (the ticket as rendered) passes every filter: attribute → lowercased values.
    static func matches(_ filters: [String: Set<String>], object: [String: Any], ticket: Ticket) -> Bool {
        filters.allSatisfy { name, values in
            if let shown = text(object[name]), values.contains(shown.lowercased()) { return true }
            guard let canonical = canonical(name, of: ticket) else { return false }
            return values.contains(canonical.lowercased())
        }
    }

    /// A scalar attribute's text; arrays and objects match nothing.
    private static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let flag as Bool: String(flag)
        default: nil
        }
    }

    private static func canonical(_ name: String, of ticket: Ticket) -> String? {
        switch name {
        case "status": TMFStatus(ticket.state).rawValue
        case "severity": ticket.priority?.impact?.name
        case "priority": ticket.priority?.priority.description
        case "ticketType": ticket.kind.rawValue
        default: nil
        }
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
