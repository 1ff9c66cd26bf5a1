@testable import AccordConnectors
import AccordCore
import Foundation
import Testing

/// Serves `count` ServiceNow incidents (`inc1`…) in pages: offset/limit paging, or a cursor in
/// `meta.next`, each answer after `delay`. Logs every request and how many were in flight at once;
/// with `rendezvous`, the first request is held until a second one arrives (at most 5 s).
actor SlowIncidentPages: HTTPTransport {
    let count: Int
    let delay: Duration
    let totalCount: Bool
    let rendezvous: Bool
    private(set) var requests: [String] = []
    private(set) var mostInFlight = 0
    private(set) var inFlight = 0

    init(count: Int, delay: Duration = .milliseconds(5), totalCount: Bool = true, rendezvous: Bool = false) {
        self.count = count
        self.delay = delay
        self.totalCount = totalCount
        self.rendezvous = rendezvous
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        func value(_ name: String) -> String? { items.first { $0.name == name }?.value }
        let limit = Int(value("sysparm_limit") ?? value("limit") ?? "3") ?? 3
        let offset = Int(value("sysparm_offset") ?? value("cursor") ?? "0") ?? 0
        requests.append("\(offset)")
        inFlight += 1
        mostInFlight = max(mostInFlight, inFlight)
        defer { inFlight -= 1 }
        if rendezvous, requests.count == 1 {
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(5)
            while inFlight < 2, clock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
        }
        try await Task.sleep(for: delay)
        let indices = Array(min(offset, count) ..< min(offset + limit, count)).map { $0 + 1 }
        let rows = indices.map { index in
            #"{"sys_id": "inc\#(index)", "sys_class_name": "incident", "number": "INC\#(index)", "short_description": "Printer \#(index) offline", "#
                + #""state": "2", "priority": "3", "opened_at": "2026-10-01 09:00:00", "sys_updated_on": "2026-10-02 10:00:00"}"#
        }
        let next = offset + limit < count ? #"{"next": "\#(offset + limit)"}"# : "{}"
        var headers = ["content-type": "application/json"]
        if totalCount { headers["x-total-count"] = "\(count)" }
        return HTTPResponse(status: 200, headers: headers, body: Data(#"{"result": [\#(rows.joined(separator: ","))], "meta": \#(next)}"#.utf8))
    }
}

@Suite("Pages read ahead: several requests in flight (readAhead)")
struct ReadAheadTests {
    static let offsetResource = SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 3))
    static let cursorResource = SyncResource(
        name: "incidents", path: "/api/cursor/incidents", pagination: .cursor(parameter: "cursor", tokenPath: "meta.next", limitParameter: "limit", limit: 3)
    )

    static func settings(readAhead: Int) -> SyncSettings {
        var settings = SyncFixtures.settings(port: 9)
        settings.readAhead = readAhead
        return settings
    }

    /// A full run of `resource` from `source` into a fresh hub with `readAhead` pages read ahead.
    static func fullRun(_ source: some HTTPTransport, readAhead: Int, _ resource: SyncResource = offsetResource) async throws -> (SyncRun, SyncHarness) {
        let harness = try SyncHarness()
        return (try await harness.sync(settings(readAhead: readAhead), transport: source).run(resource, mode: .full), harness)
    }

    @Test("offset paging with readAhead 3: the next full pages are fetched at once, each once, none past X-Total-Count")
    func offsetPagesOverlap() async throws {
        let source = SlowIncidentPages(count: 20, rendezvous: true)
        let (run, harness) = try await Self.fullRun(source, readAhead: 3)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 7 && run.counts.created == 20)
        #expect(await source.requests.sorted { Int($0)! < Int($1)! } == ["0", "3", "6", "9", "12", "15", "18"])
        // The first page is held until a second request arrives: only a read ahead can send it.
        #expect(await source.mostInFlight >= 2)
        #expect(await source.mostInFlight <= 3)
        #expect(await source.inFlight == 0, "no read outlives the run")
        let titles = try await harness.ticketTitles()
        #expect(titles.count == 20 && titles["inc20"] == "Printer 20 offline")
    }

    @Test("readAhead 1 (the default) keeps one request in flight")
    func defaultIsSequential() async throws {
        #expect(SyncSettings().readAhead == 1)
        let source = SlowIncidentPages(count: 10)
        let (run, _) = try await Self.fullRun(source, readAhead: 1)
        #expect(run.status == .completed && run.counts.created == 10)
        #expect(await source.mostInFlight == 1)
        #expect(await source.requests == ["0", "3", "6", "9"])
    }

    @Test("without X-Total-Count a guess past the last page is abandoned: the run counts only the source's records")
    func guessPastTheEnd() async throws {
        let source = SlowIncidentPages(count: 7, totalCount: false)
        let (run, harness) = try await Self.fullRun(source, readAhead: 4)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 3 && run.counts.seen == 7 && run.counts.created == 7)
        let requests = await source.requests
        // Pages 0, 3, 6 (short: the last); guesses after it may have gone out, never twice.
        #expect(Array(requests.sorted { Int($0)! < Int($1)! }.prefix(3)) == ["0", "3", "6"])
        #expect(Set(requests).count == requests.count)
        #expect(await source.inFlight == 0, "the guesses past the end were stopped before the run returned")
        #expect(try await harness.ticketTitles().count == 7)
    }

    @Test("cursor paging with readAhead 3: each read fetches the page its predecessor names; every page once, in order")
    func cursorPagesChain() async throws {
        let source = SlowIncidentPages(count: 11)
        let (run, harness) = try await Self.fullRun(source, readAhead: 3, Self.cursorResource)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 4 && run.counts.created == 11)
        #expect(await source.requests == ["0", "3", "6", "9"])
        #expect(try await harness.ticketTitles().count == 11)
    }

    @Test("a record repeated on a later page read ahead is still counted unchanged (hashes of the pages committed meanwhile)")
    func repeatedRecordAcrossReadAhead() async throws {
        let harness = try SyncHarness()
        let run = try await harness.sync(Self.settings(readAhead: 4), transport: OverlappingPages()).run(
            SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 3)), mode: .full
        )
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.counts.seen == 7 && run.counts.created == 6 && run.counts.unchanged == 1)
        #expect(try await harness.ticketTitles().count == 6)
    }

    @Test("an unchanged re-run with readAhead 3 writes no record and counts every record unchanged")
    func unchangedRerun() async throws {
        let harness = try SyncHarness()
        let source = SlowIncidentPages(count: 14, delay: .milliseconds(1))
        let sync = harness.sync(Self.settings(readAhead: 3), transport: source)
        _ = try await sync.run(Self.offsetResource, mode: .full)
        let rerun = try await sync.run(Self.offsetResource, mode: .full)
        #expect(rerun.status == .completed, "\(rerun.error ?? "")")
        #expect(rerun.counts.seen == 14 && rerun.counts.unchanged == 14 && rerun.counts.created == 0 && rerun.counts.updated == 0)
    }

    @Test("guessed pages stop at X-Total-Count: offsets and page numbers (from the first page number)")
    func guessesStopAtTotal() throws {
        func paginator(_ style: PaginationStyle) -> Paginator {
            Paginator(baseURL: URL(string: "https://stratus.example")!, resource: SyncResource(name: "r", path: "/r", pagination: style), filter: [:])
        }
        let offsets = paginator(.offsetLimit(limit: 10))
        #expect(offsets.guessedNext(after: PageCursor(pageIndex: 2, position: 20), total: 40) == PageCursor(pageIndex: 3, position: 30))
        #expect(offsets.guessedNext(after: PageCursor(pageIndex: 3, position: 30), total: 40) == nil)
        #expect(offsets.guessedNext(after: PageCursor(pageIndex: 3, position: 30), total: nil) == PageCursor(pageIndex: 4, position: 40))
        let pages = paginator(.pageNumber(size: 10, firstPage: 1))
        // 40 records: pages 1…4.
        #expect(pages.guessedNext(after: PageCursor(pageIndex: 2, position: 3), total: 40) == PageCursor(pageIndex: 3, position: 4))
        #expect(pages.guessedNext(after: PageCursor(pageIndex: 3, position: 4), total: 40) == nil)
        #expect(paginator(.pageNumber(size: 10, firstPage: 0)).guessedNext(after: PageCursor(pageIndex: 3, position: 3), total: 40) == nil)
        #expect(paginator(.cursor(tokenPath: "meta.next")).guessedNext(after: PageCursor(pageIndex: 0, position: 0), total: 40) == nil)
    }
}
