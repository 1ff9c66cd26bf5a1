@testable import AccordConnectors
import AccordCore
import Foundation
import Testing

/// A Table-API-like source whose `Link` headers give the next page as a relative reference, in the
/// forms RFC 3986 allows: path-absolute, relative path, query only. Logs the URLs it was sent.
actor RelativeLinkPages: HTTPTransport {
    private(set) var urls: [String] = []

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        urls.append(request.url.absoluteString)
        let page = Int(URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "page" }?.value ?? "1") ?? 1
        let next: String? = switch page {
        case 1: "</api/now/table/incident?page=2>; rel=\"next\""
        case 2: "<incident?page=3>; rel=\"next\", </api/now/table/incident?page=1>; rel=\"first\""
        case 3: "<?page=4>; rel=\"next\""
        default: nil
        }
        var headers = ["content-type": "application/json"]
        if let next { headers["link"] = next }
        return HTTPResponse(status: 200, headers: headers, body: IncidentRows.page([2 * page - 1, 2 * page], updatedHour: 9))
    }
}

@Suite("Relative next links (RFC 8288 §3.1)")
struct RelativeNextLinkTests {
    @Test("a relative Link target is resolved against the page that gave it, and every page is read once")
    func relativeLinksAreResolved() async throws {
        let harness = try SyncHarness()
        let source = RelativeLinkPages()
        var settings = SyncFixtures.settings(port: 9)
        settings.baseURL = URL(string: "https://stratus.example")
        let resource = SyncResource(name: "incidents-link", path: "/api/now/table/incident", pagination: .linkHeader(limitParameter: "sysparm_limit", limit: 2))
        let run = try await harness.sync(settings, transport: source).run(resource, mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 4 && run.counts.created == 8)
        #expect(await source.urls == [
            "https://stratus.example/api/now/table/incident?sysparm_limit=2",
            "https://stratus.example/api/now/table/incident?page=2",
            "https://stratus.example/api/now/table/incident?page=3",
            "https://stratus.example/api/now/table/incident?page=4",
        ])
    }

    @Test("a relative reference that resolves to another origin is still refused")
    func networkPathToAnotherOrigin() throws {
        let paginator = Paginator(
            baseURL: URL(string: "https://stratus.example")!,
            resource: SyncResource(name: "r", path: "/api/items", pagination: .linkHeader(limitParameter: nil, limit: 10)), filter: [:]
        )
        let response = HTTPResponse(status: 200, headers: ["link": "<//elsewhere.example/api/items?page=2>; rel=\"next\""], body: Data())
        let next = try #require(try paginator.next(after: paginator.first, response: response, rows: 10))
        #expect(next.token == "https://elsewhere.example/api/items?page=2")
        #expect(throws: SyncError.self) { try paginator.url(for: next) }
    }
}

@Suite("Next links and cursors that would read the same page again")
struct SelfReferencingPagesTests {
    func paginator(_ style: PaginationStyle) -> Paginator {
        Paginator(baseURL: URL(string: "https://stratus.example")!, resource: SyncResource(name: "r", path: "/api/items", pagination: style), filter: [:])
    }

    @Test("a Link to the page just read (absolute, relative, or with a fragment) is a malformed page", arguments: [
        "<https://stratus.example/api/items?limit=10>; rel=\"next\"", "<?limit=10>; rel=\"next\"", "<#more>; rel=\"next\"",
    ])
    func linkBackToSamePage(link: String) throws {
        let paginator = paginator(.linkHeader(limitParameter: "limit", limit: 10))
        let response = HTTPResponse(status: 200, headers: ["link": link], body: Data())
        #expect(throws: SyncError.self) { _ = try paginator.next(after: paginator.first, response: response, rows: 10) }
    }

    @Test("a cursor repeating the current one is a malformed page; a new cursor is followed")
    func repeatedCursor() throws {
        let paginator = paginator(.cursor(tokenPath: "next"))
        let current = PageCursor(pageIndex: 1, position: 10, token: "abc")
        #expect(throws: SyncError.self) {
            _ = try paginator.next(after: current, response: HTTPResponse(status: 200, headers: [:], body: Data(#"{"next": "abc"}"#.utf8)), rows: 10)
        }
        let next = try paginator.next(after: current, response: HTTPResponse(status: 200, headers: [:], body: Data(#"{"next": "abd"}"#.utf8)), rows: 10)
        #expect(next?.token == "abd")
    }
}
