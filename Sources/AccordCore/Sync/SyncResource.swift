/// One thing pulled from a supplier: a ServiceNow table, a cursor API collection, a status feed.
public struct SyncResource: Sendable, Hashable {
    /// The name used on the command line (`--resource incidents`) and in run records.
    public var name: String
    /// The path below the base URL (`/api/now/table/incident`).
    public var path: String
    /// Fixed query parameters sent with every page.
    public var query: [String: String]
    public var pagination: PaginationStyle
    /// The incremental filter; `nil` means every run reads everything.
    public var watermark: WatermarkFilter?
    /// The content type the pages are read as when the response does not say.
    public var contentType: String

    public init(
        name: String, path: String, query: [String: String] = [:], pagination: PaginationStyle = .offsetLimit(),
        watermark: WatermarkFilter? = nil, contentType: String = "application/json"
    ) {
        self.name = name
        self.path = path
        self.query = query
        self.pagination = pagination
        self.watermark = watermark
        self.contentType = contentType
    }
}

/// The updated-at filter of incremental runs.
public struct WatermarkFilter: Sendable, Hashable {
    /// The supplier's field (`sys_updated_on`), named in the request.
    public var field: String
    /// The query parameter the filter goes into (`sysparm_query`, `updated_since`).
    public var parameter: String
    /// The parameter's value; `{field}` and `{since}` are replaced (`{field}>={since}`).
    public var template: String
    /// How `{since}` is written: `rfc3339` or a `yyyy-MM-dd HH:mm:ss` style pattern (UTC).
    public var format: String

    public init(field: String, parameter: String, template: String = "{since}", format: String = "rfc3339") {
        self.field = field
        self.parameter = parameter
        self.template = template
        self.format = format
    }
}

/// How a supplier API splits a collection into pages.
public enum PaginationStyle: Sendable, Hashable {
    /// `?offset=&limit=` (ServiceNow `sysparm_offset`/`sysparm_limit`; Jira Server `startAt`/`maxResults`).
    /// The total, when the supplier gives it (`X-Total-Count`, or a body field at the dotted
    /// `totalPath`: Jira's `total`), ends it; without one, a short page does. The offset advances by
    /// the limit asked for, or with `advanceByRows` by the rows the page held (an API that may
    /// return fewer than asked, such as Jira capping `maxResults`).
    case offsetLimit(
        offsetParameter: String = "sysparm_offset", limitParameter: String = "sysparm_limit", limit: Int = 100, totalPath: String? = nil,
        advanceByRows: Bool = false
    )
    /// `?page=&per_page=`, first page numbered `firstPage`.
    case pageNumber(pageParameter: String = "page", sizeParameter: String = "per_page", size: Int = 100, firstPage: Int = 1)
    /// A next-page token read from the body at `tokenPath` (dotted), sent back as `parameter`.
    case cursor(parameter: String = "cursor", tokenPath: String = "next_cursor", limitParameter: String? = "limit", limit: Int = 100)
    /// RFC 8288 `Link: <…>; rel="next"` headers; the first request may carry a page size.
    case linkHeader(limitParameter: String? = nil, limit: Int = 100)
    /// The next page's absolute URL in a top-level body field (Microsoft Graph `@odata.nextLink`);
    /// the first request may carry a page size (`$top`).
    case nextLink(field: String = "@odata.nextLink", limitParameter: String? = nil, limit: Int = 100)

    /// The page size the style requests.
    public var pageSize: Int {
        switch self {
        case .offsetLimit(_, _, let limit, _, _), .cursor(_, _, _, let limit), .linkHeader(_, let limit), .nextLink(_, _, let limit): limit
        case .pageNumber(_, _, let size, _): size
        }
    }
}
