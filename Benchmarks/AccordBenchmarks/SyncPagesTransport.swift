import AccordConnectors
import Foundation

/// A supplier API without sockets: answers `sysparm_offset`/`sysparm_limit` page requests the way
/// the ServiceNow Table API does (`X-Total-Count`), making each page on request: incidents as JSON
/// over ``SyncCorpus``, and `cmdb_ci` tables as XML over ``SyncCICorpus``.
struct SyncPagesTransport: HTTPTransport {
    let total: Int
    /// How long the supplier takes to answer each request (a remote API's round trip and query time).
    var latency: Duration = .zero

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if latency > .zero { try await Task.sleep(for: latency) }
        let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let offset = items.first { $0.name == "sysparm_offset" }?.value.flatMap(Int.init) ?? 0
        let limit = items.first { $0.name == "sysparm_limit" }?.value.flatMap(Int.init) ?? 100
        let (contentType, body) = Self.page(path: request.url.path, offset: offset, limit: limit, total: total)
        return HTTPResponse(status: 200, headers: ["content-type": contentType, "x-total-count": String(total)], body: body)
    }

    /// The content type and body of one page of the table at `path`.
    static func page(path: String, offset: Int, limit: Int, total: Int) -> (contentType: String, body: Data) {
        let range = min(offset, total) ..< min(offset + limit, total)
        return path.contains("/cmdb_ci") ? ("application/xml", SyncCICorpus.page(range)) : ("application/json", SyncCorpus.page(range))
    }
}
