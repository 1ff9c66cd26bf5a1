import AccordConnectors
import Foundation

/// A supplier API without sockets: answers `sysparm_offset`/`sysparm_limit` page requests over
/// ``SyncCorpus`` the way the ServiceNow Table API does (`X-Total-Count`), making each page on request.
struct SyncPagesTransport: HTTPTransport {
    let total: Int

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let offset = items.first { $0.name == "sysparm_offset" }?.value.flatMap(Int.init) ?? 0
        let limit = items.first { $0.name == "sysparm_limit" }?.value.flatMap(Int.init) ?? 100
        let range = min(offset, total) ..< min(offset + limit, total)
        return HTTPResponse(status: 200, headers: ["content-type": "application/json", "x-total-count": String(total)], body: SyncCorpus.page(range))
    }
}
