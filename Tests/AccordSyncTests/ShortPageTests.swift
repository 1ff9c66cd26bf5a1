@testable import AccordConnectors
import AccordCore
import Foundation
import Testing

/// A Table API whose second page lost rows to ACLs (ServiceNow filters a page's rows after the
/// query): pages of 3 at offsets 0, 3, 6 hold 3, 1 and 2 incidents. Headers as configured.
struct ACLFilteredPages: HTTPTransport {
    let totalCount: Bool
    let link: Bool

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let offset = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "sysparm_offset" }?.value ?? "0"
        let (ids, next): ([Int], Int?) = switch offset {
        case "0": ([1, 2, 3], 3)
        case "3": ([5], 6)
        default: ([7, 8], nil)
        }
        var headers = ["content-type": "application/json"]
        if totalCount { headers["x-total-count"] = "8" }
        if link, let next { headers["link"] = "<https://stratus.example/api/now/table/incident?sysparm_offset=\(next)&sysparm_limit=3>;rel=\"next\"" }
        return HTTPResponse(status: 200, headers: headers, body: IncidentRows.page(ids, updatedHour: 9))
    }
}

@Suite("Offset paging: a short page is not always the last")
struct ShortPageTests {
    static let resource = SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 3))

    @Test("X-Total-Count or a Link rel=next carries the run past a page that ACLs shortened", arguments: [(true, false), (false, true), (true, true)])
    func continuesPastShortPage(headers: (totalCount: Bool, link: Bool)) async throws {
        let harness = try SyncHarness()
        let run = try await harness.sync(SyncFixtures.settings(port: 9), transport: ACLFilteredPages(totalCount: headers.totalCount, link: headers.link))
            .run(Self.resource, mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 3 && run.counts.created == 6)
        #expect(try await harness.ticketTitles().keys.sorted() == ["inc1", "inc2", "inc3", "inc5", "inc7", "inc8"])
    }

    @Test("without either, a short page ends the collection")
    func shortPageEndsWithoutHeaders() async throws {
        let harness = try SyncHarness()
        let run = try await harness.sync(SyncFixtures.settings(port: 9), transport: ACLFilteredPages(totalCount: false, link: false))
            .run(Self.resource, mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 2 && run.counts.created == 4)
    }
}
