import AccordConnectors
import AccordCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Microsoft Graph @odata.nextLink paging")
struct NextLinkPagingTests {
    static let resource = SyncResource(
        name: "service-health", path: "/v1.0/admin/serviceAnnouncement/issues",
        pagination: .nextLink(field: "@odata.nextLink", limitParameter: "$top", limit: 4)
    )

    func withGraph(_ fake: FakeServiceHealth, _ body: @Sendable @escaping (Int) async throws -> Void) async throws {
        let app = Application(router: fake.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body(try #require(client.port)) }
    }

    func settings(port: Int) -> SyncSettings {
        SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)"), authentication: .bearer(tokenVariable: "STRATUS_USER"), resources: [Self.resource], mode: .full, requestTimeout: 2)
    }

    @Test("every page is followed through the absolute next link in the body, and every notice is kept")
    func followsNextLink() async throws {
        let fake = FakeServiceHealth(count: 11, pageSize: 4)
        let harness = try SyncHarness(adapterName: "statusfeed", tier: .exclude)
        try await withGraph(fake) { port in
            let run = try await harness.sync(settings(port: port), transport: URLSessionTransport()).run(Self.resource, mode: .full)
            #expect(run.status == .completed, "\(run.error ?? "")")
            #expect(run.pages == 3)
            #expect(run.counts.seen == 11 && run.counts.created == 11)
            let notices = try await harness.database.statusNoticeStore.notices(of: [harness.supplier.id], limit: 100)
            #expect(Set(notices.map(\.noticeID)) == Set(fake.issues.map(\.id)))
            #expect(run.channel == .statusFeed)
        }
    }

    @Test("a next link to another origin fails the run instead of sending the token there")
    func refusesForeignOrigin() async throws {
        let fake = FakeServiceHealth(count: 9, pageSize: 4, foreignOrigin: "https://attacker.example")
        let harness = try SyncHarness(adapterName: "statusfeed", tier: .exclude)
        try await withGraph(fake) { port in
            let run = try await harness.sync(settings(port: port), transport: URLSessionTransport()).run(Self.resource, mode: .full)
            #expect(run.status == .failed)
            #expect(run.error?.contains("another origin") == true, "\(run.error ?? "")")
            #expect(run.pages == 1)
        }
    }
}
