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

/// Jira Server's search (`GET /rest/api/2/search?startAt=&maxResults=`) over `count` issues, capping
/// `maxResults` at `cap` whatever was asked (as Jira does), with `total` in the body and no headers.
actor JiraSearchPages: HTTPTransport {
    let count: Int
    let cap: Int
    private(set) var startAts: [Int] = []

    init(count: Int, cap: Int) {
        self.count = count
        self.cap = cap
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let startAt = Int(items.first { $0.name == "startAt" }?.value ?? "0") ?? 0
        let asked = Int(items.first { $0.name == "maxResults" }?.value ?? "50") ?? 50
        startAts.append(startAt)
        let size = min(asked, cap)
        let issues = (startAt ..< min(startAt + size, count)).map { index in
            #"{"id": "\#(10_000 + index)", "key": "ITSD-\#(index)", "fields": {"issuetype": {"name": "Incident"}, "summary": "Laptop \#(index) will nicht starten", "#
                + #""status": {"name": "Open"}, "priority": {"name": "Medium"}, "created": "2024-03-04T09:14:59.871+0100", "updated": "2024-03-05T10:02:11.000+0100"}}"#
        }
        let body = #"{"startAt": \#(startAt), "maxResults": \#(size), "total": \#(count), "issues": [\#(issues.joined(separator: ","))]}"#
        return HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Data(body.utf8))
    }
}

@Suite("Offset paging that advances by the rows a page held (Jira startAt/maxResults)")
struct AdvanceByRowsTests {
    static func resource(advanceByRows: Bool) -> SyncResource {
        SyncResource(
            name: "issues", path: "/rest/api/2/search", query: ["jql": "project = ITSD ORDER BY id"],
            pagination: .offsetLimit(offsetParameter: "startAt", limitParameter: "maxResults", limit: 5, totalPath: "total", advanceByRows: advanceByRows)
        )
    }

    /// A full run over 7 issues with Jira capping pages at 2: the run, the `startAt`s asked for, the tickets stored.
    func sync(advanceByRows: Bool) async throws -> (run: SyncRun, startAts: [Int], tickets: Int) {
        let harness = try SyncHarness(adapterName: "jira")
        let source = JiraSearchPages(count: 7, cap: 2)
        let run = try await harness.sync(SyncFixtures.settings(port: 9), transport: source).run(Self.resource(advanceByRows: advanceByRows), mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        return (run, await source.startAts, try await harness.ticketTitles().count)
    }

    @Test("Jira capping maxResults at 2 while 5 are asked: startAt advances by the 2 returned, and the body's total ends the run")
    func jiraCap() async throws {
        let (run, startAts, tickets) = try await sync(advanceByRows: true)
        #expect(startAts == [0, 2, 4, 6])
        #expect(run.pages == 4 && run.counts.created == 7 && tickets == 7)
    }

    @Test("advancing by the limit instead would skip issues: the option is what keeps them")
    func advancingByLimitSkips() async throws {
        let (run, startAts, tickets) = try await sync(advanceByRows: false)
        #expect(startAts == [0, 5])
        #expect(run.counts.created == 4 && tickets == 4)
    }
}
