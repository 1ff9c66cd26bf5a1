@testable import AccordConnectors
import AccordCore
import Foundation
import Testing

/// Serves ServiceNow incidents in pages of 3 whose second page repeats the first page's last
/// incident, unchanged (a record inserted at the source shifts offset paging by one).
struct OverlappingPages: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let offset = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "sysparm_offset" }?.value ?? "0"
        let ids: [Int] = switch offset {
        case "0": [1, 2, 3]
        case "3": [3, 4, 5]
        default: [6]
        }
        return HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: IncidentRows.page(ids, updatedHour: 9))
    }
}

/// The offsets a transport was asked for, in order.
actor RequestLog {
    private(set) var offsets: [String] = []
    func add(_ offset: String) { offsets.append(offset) }
}

/// ``OverlappingPages`` that logs each request's offset.
struct LoggedPages: HTTPTransport {
    let log: RequestLog

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        await log.add(URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "sysparm_offset" }?.value ?? "0")
        return try await OverlappingPages().send(request)
    }
}

@Suite("Pages read ahead while the previous one commits")
struct OverlappingPagesTests {
    @Test("a record repeated on the next page is counted unchanged, though that page was read before the first committed")
    func repeatedRecordIsUnchanged() async throws {
        let harness = try SyncHarness()
        let sync = harness.sync(SyncFixtures.settings(port: 9), transport: OverlappingPages())
        let resource = SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 3))
        let run = try await sync.run(resource, mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.pages == 3)
        #expect(run.counts.seen == 7)
        #expect(run.counts.created == 6)
        #expect(run.counts.unchanged == 1)
        #expect(try await harness.ticketTitles().count == 6)
    }

    @Test("a page read while the previous one committed takes that page's record hashes over what it read")
    func knownAfterCommitted() async throws {
        let harness = try SyncHarness()
        let body = try await OverlappingPages().send(HTTPRequest(url: URL(string: "https://stratus.example/api/now/table/incident?sysparm_offset=3")!)).body
        let result = harness.adapter.normalize(body, contentType: "application/json")
        func record(_ id: String, _ hash: String, run: Int64) -> SyncedRecord {
            SyncedRecord(supplier: harness.supplier.id, resource: "incidents", externalID: id, recordType: "ticket", contentHash: hash, lastSeenRun: run)
        }
        let page = PreparedPage(result: result, hashes: PageOutcome.hashes(result), tickets: nil, known: ["inc4": record("inc4", "old", run: 1)])
        #expect(page.known(after: []) == ["inc4": record("inc4", "old", run: 1)])
        // inc3 was committed meanwhile; inc1 too, but it is not on this page.
        let known = page.known(after: [record("inc1", "h1", run: 2), record("inc3", "h3", run: 2)])
        #expect(known == ["inc3": record("inc3", "h3", run: 2), "inc4": record("inc4", "old", run: 1)])
    }

    @Test("a page that falls back to the inbox path keeps the read of the next page in flight: each page is fetched once")
    func fallbackKeepsTheReadAhead() async throws {
        let harness = try SyncHarness()
        let resource = SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 3))
        // The first page's bytes are in the inbox already (a killed run stored them before applying):
        // its one-commit apply finds them and the page goes through the inbox instead.
        let first = try await OverlappingPages().send(HTTPRequest(url: URL(string: "https://stratus.example/api/now/table/incident?sysparm_offset=0")!)).body
        _ = try await harness.stores.inbox.accept([InboxDelivery(
            supplier: harness.supplier.id, channel: .poll, deliveryID: "sync-incidents-\(RecordHash.hex(first))", receivedAt: Date(),
            contentType: "application/json", headers: [:], body: first
        )])
        let log = RequestLog()
        let run = try await harness.sync(SyncFixtures.settings(port: 9), transport: LoggedPages(log: log)).run(resource, mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.counts.created == 6 && run.counts.unchanged == 1)
        #expect(await log.offsets == ["0", "3", "6"])
        #expect(try await harness.ticketTitles().count == 6)
    }
}
