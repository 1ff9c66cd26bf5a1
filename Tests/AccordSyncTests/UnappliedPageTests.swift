import AccordConnectors
import AccordCore
import Foundation
import Testing

/// Serves a good first page of ServiceNow incidents, then a page the adapter cannot read.
struct BrokenSecondPage: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let offset = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "sysparm_offset" }?.value ?? "0"
        guard offset == "0" else {
            return HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Data(#"{"result": [{"sys_id": "tr"#.utf8))
        }
        // Incidents inc1…inc7, opened at 09:00 and updated at 10:00 on October 1…7.
        return HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: IncidentRows.page(Array(1...7), updatedHour: 10))
    }
}

@Suite("A page that cannot be applied stops the run")
struct UnappliedPageTests {
    @Test("the run fails naming the page, the watermark stays, and a later run stops at the dead letter instead of counting it")
    func unappliedPage() async throws {
        let harness = try SyncHarness()
        let sync = harness.sync(SyncFixtures.settings(port: 9), transport: BrokenSecondPage())
        let run = try await sync.run(SyncFixtures.offsetResource, mode: .incremental)
        #expect(run.status == .failed)
        #expect(run.error?.hasPrefix("pageNotApplied: page 1 ") == true, "\(run.error ?? "")")
        let titles = try await harness.ticketTitles()
        #expect(titles.count == 7, "\(titles) \(run.counts)")  // the first page landed
        #expect(try await harness.database.syncStore.watermark(supplier: harness.supplier.id, resource: SyncFixtures.offsetResource.name) == nil)

        let again = try await sync.run(SyncFixtures.offsetResource, mode: .incremental)
        #expect(again.status == .failed)
        #expect(again.error?.contains("dead letter") == true, "\(again.error ?? "")")
        #expect(try await harness.database.syncStore.watermark(supplier: harness.supplier.id, resource: SyncFixtures.offsetResource.name) == nil)
    }
}
