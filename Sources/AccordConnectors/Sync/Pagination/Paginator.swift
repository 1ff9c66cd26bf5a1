import AccordCore
import Foundation

/// Builds each page's URL from a ``PageCursor`` and works out the next cursor from a response,
/// for every ``PaginationStyle``.
struct Paginator: Sendable {
    let baseURL: URL
    let resource: SyncResource
    /// Extra parameters of this run (the incremental filter).
    let filter: [String: String]

    /// The cursor of the first page.
    var first: PageCursor {
        if case .pageNumber(_, _, _, let firstPage) = resource.pagination { return PageCursor(pageIndex: 0, position: firstPage) }
        return PageCursor(pageIndex: 0, position: 0)
    }

    func url(for cursor: PageCursor) throws -> URL {
        if resource.pagination.followsAbsoluteLinks, let next = cursor.token {
            guard let url = URL(string: next), url.host == baseURL.host, url.scheme == baseURL.scheme, url.port == baseURL.port else {
                throw SyncError(.malformedPage, "the supplier's next link points to another origin; refusing to send credentials there")
            }
            return url
        }
        var items = resource.query.merging(filter) { _, run in run }.map { URLQueryItem(name: $0.key, value: $0.value) }
        switch resource.pagination {
        case .offsetLimit(let offset, let limit, let size, _, _):
            items += [URLQueryItem(name: offset, value: String(cursor.position)), URLQueryItem(name: limit, value: String(size))]
        case .pageNumber(let page, let sizeName, let size, _):
            items += [URLQueryItem(name: page, value: String(cursor.position)), URLQueryItem(name: sizeName, value: String(size))]
        case .cursor(let parameter, _, let limitName, let limit):
            if let token = cursor.token { items.append(URLQueryItem(name: parameter, value: token)) }
            if let limitName { items.append(URLQueryItem(name: limitName, value: String(limit))) }
        case .linkHeader(let limitName, let limit), .nextLink(_, let limitName, let limit):
            if let limitName { items.append(URLQueryItem(name: limitName, value: String(limit))) }
        }
        let joined = baseURL.absoluteString.hasSuffix("/") && resource.path.hasPrefix("/")
            ? String(baseURL.absoluteString.dropLast()) + resource.path : baseURL.absoluteString + resource.path
        guard var components = URLComponents(string: joined) else { throw SyncError(.configuration, "cannot form a URL from \(resource.path)") }
        components.queryItems = (components.queryItems ?? []) + items.sorted { $0.name < $1.name }
        // '+' in values (time zones, ServiceNow encoded queries) must not read as a space.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        guard let url = components.url else { throw SyncError(.configuration, "cannot form a URL from \(resource.path)") }
        return url
    }

    /// The cursor after `cursor` when it can be told before that page is read, assuming a full
    /// page (offset and page-number paging), and only while records remain before `total` when
    /// the supplier told it (`X-Total-Count`); `nil` for cursor and link paging, whose next page
    /// only the response names.
    func guessedNext(after cursor: PageCursor, total: Int?) -> PageCursor? {
        switch resource.pagination {
        case .offsetLimit(_, _, let size, _, let advanceByRows):
            if advanceByRows { return nil }  // where the next page starts depends on this one's rows
            let position = cursor.position + size
            if let total, position >= total { return nil }
            return PageCursor(pageIndex: cursor.pageIndex + 1, position: position)
        case .pageNumber(_, _, let size, let firstPage):
            let page = cursor.position + 1
            if let total, (page - firstPage) * size >= total { return nil }
            return PageCursor(pageIndex: cursor.pageIndex + 1, position: page)
        case .cursor, .linkHeader, .nextLink: return nil
        }
    }

    /// The cursor after a page with `rows` rows, or `nil` when it was the last page.
    func next(after cursor: PageCursor, response: HTTPResponse, rows: Int) throws -> PageCursor? {
        let index = cursor.pageIndex + 1
        switch resource.pagination {
        case .offsetLimit(_, _, let size, let totalPath, let advanceByRows):
            if advanceByRows, rows == 0 { return nil }
            let position = cursor.position + (advanceByRows ? rows : size)
            // A short page is not always the last: ServiceNow applies ACLs to a page's rows after
            // the query, and Jira may cap `maxResults`, so a page can hold fewer rows than the limit
            // with more after it. The supplier's total (`X-Total-Count`, or the body at `totalPath`)
            // or a `Link: rel="next"` says so; without any, a short page ends the collection.
            if let total = try response.header("x-total-count").flatMap(Int.init) ?? totalPath.flatMap({ try PageBody.integer(at: $0, in: response.body) }) {
                return position < total ? PageCursor(pageIndex: index, position: position) : nil
            }
            if rows < size, LinkHeader.next(in: response.header("link")) == nil { return nil }
            return PageCursor(pageIndex: index, position: position)
        case .pageNumber(_, _, let size, _):
            return rows < size ? nil : PageCursor(pageIndex: index, position: cursor.position + 1)
        case .cursor(_, let path, _, _):
            guard let token = try PageBody.string(at: path, in: response.body), !token.isEmpty else { return nil }
            if token == cursor.token { throw SyncError(.malformedPage, "the supplier's next cursor repeats the current one; stopping instead of reading the same page again") }
            return PageCursor(pageIndex: index, position: cursor.position + rows, token: token)
        case .linkHeader:
            guard let next = LinkHeader.next(in: response.header("link")) else { return nil }
            return PageCursor(pageIndex: index, position: cursor.position + rows, token: try resolved(next, after: cursor))
        case .nextLink(let field, _, _):
            guard let next = try PageBody.topLevelString(field, in: response.body), !next.isEmpty else { return nil }
            return PageCursor(pageIndex: index, position: cursor.position + rows, token: try resolved(next, after: cursor))
        }
    }

    /// A next link as an absolute URL: a relative reference (`</items?page=2>`, `?page=2`) is
    /// resolved against the URL of the page that gave it (RFC 8288 §3.1, RFC 3986 §5). The origin
    /// check in ``url(for:)`` then applies to where it really points. A link back to that same
    /// page (fragment aside) is refused: following it would read the page forever.
    private func resolved(_ link: String, after cursor: PageCursor) throws -> String {
        guard let base = try? url(for: cursor), let url = URL(string: link, relativeTo: base) else { return link }
        func withoutFragment(_ url: URL) -> String { url.absoluteString.split(separator: "#", maxSplits: 1).first.map(String.init) ?? "" }
        if withoutFragment(url) == withoutFragment(base) {
            throw SyncError(.malformedPage, "the supplier's next link points back to the page just read (\(base.path)); stopping instead of reading it again")
        }
        return url.absoluteString
    }
}

extension PaginationStyle {
    /// Whether later pages are whole URLs from the supplier (Link header, `@odata.nextLink`):
    /// they are followed only on the base URL's origin, so credentials never go elsewhere.
    var followsAbsoluteLinks: Bool {
        switch self {
        case .linkHeader, .nextLink: true
        case .offsetLimit, .pageNumber, .cursor: false
        }
    }
}
