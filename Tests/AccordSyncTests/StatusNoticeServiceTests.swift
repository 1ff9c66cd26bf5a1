import AccordConfig
import AccordConnectors
import AccordCore
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Testing

@Suite("Status notices as availability evidence")
struct StatusNoticeServiceTests {
    static let m365 = SupplierID("m365")!
    static let other = SupplierID("netnova")!
    static let day = Date(timeIntervalSince1970: 1_709_251_200)  // 2024-03-01T00:00:00Z

    static let links = NoticeServiceLinks(
        contributions: [m365: ["workplace", "collaboration"], other: ["workplace"]],
        serviceMaps: [m365: ["Microsoft Teams": ["collaboration"]]]
    )

    @Test("a mapped vendor service links to its mapped services; an unmapped or missing one to every service of the vendor")
    func linking() {
        #expect(Self.links.services(supplier: Self.m365, vendorService: "Microsoft Teams") == ["collaboration"])
        #expect(Self.links.services(supplier: Self.m365, vendorService: "Exchange Online") == ["collaboration", "workplace"])
        #expect(Self.links.services(supplier: Self.m365, vendorService: nil) == ["collaboration", "workplace"])
        // Several components (a Statuspage incident's): the services of those mapped.
        var links = Self.links
        links.serviceMaps[Self.m365]?["Webmail"] = ["workplace"]
        #expect(links.services(supplier: Self.m365, vendorService: "Microsoft Teams, Webmail") == ["collaboration", "workplace"])
        #expect(links.services(supplier: Self.m365, vendorService: "Inbound mail (SMTP), Webmail") == ["workplace"])
        #expect(links.services(supplier: Self.m365, vendorService: "Inbound mail (SMTP), Calendar") == ["collaboration", "workplace"])
        #expect(Self.links.services(supplier: Self.other, vendorService: "Anything") == ["workplace"])
        #expect(Self.links.services(supplier: SupplierID("stratus-hosting")!, vendorService: "x").isEmpty)
    }

    @Test("the sample configuration links m365 notices to the catalogue services that list m365, and reads serviceMap")
    func fromConfiguration() throws {
        let fixture = try ConfigFixture()
        try fixture.replace("  mode: full\n", with: "  mode: full\n  serviceMap:\n    Microsoft Teams: [hosted-apps]\n", in: "suppliers/m365.yaml")
        let configuration = try ConfigLoader.load(directory: fixture.directory)
        let links = configuration.noticeServiceLinks
        let listing = configuration.services.filter { $0.contributingSuppliers.contains(Self.m365) }.map(\.id).sorted()
        #expect(!listing.isEmpty)
        #expect(links.services(supplier: Self.m365, vendorService: "Exchange Online") == listing)
        #expect(links.services(supplier: Self.m365, vendorService: "Microsoft Teams") == ["hosted-apps"])
    }

    static func makeStore(_ backend: StoreBackend) throws -> (any StatusNoticeStore, Any?) {
        switch backend {
        case .memory: return (MemoryStatusNoticeStore(), nil)
        case .sqlite:
            let directory = try TemporaryDirectory(prefix: "accord-notices")
            let database = try SQLiteDatabase(path: directory.file("accord.sqlite"))
            return (database.statusNoticeStore, [directory, database] as [Any])
        }
    }

    func notice(_ id: String, _ service: String?, start: TimeInterval?, end: TimeInterval?, seen: TimeInterval = 0) -> StatusNotice {
        Self.links.linked(StatusNotice(
            supplier: Self.m365, noticeID: id, vendorService: service, title: id,
            startedAt: start.map { Self.day.addingTimeInterval($0) }, endedAt: end.map { Self.day.addingTimeInterval($0) },
            firstSeenAt: Self.day.addingTimeInterval(seen)
        ))
    }

    @Test("notices(for:from:to:) finds the notices of a service that overlap the period", arguments: StoreBackend.allCases)
    func query(backend: StoreBackend) async throws {
        let (store, keepAlive) = try Self.makeStore(backend)
        defer { withExtendedLifetime(keepAlive) {} }
        try await store.save([
            notice("EX1", "Exchange Online", start: 3_600, end: 7_200),           // both services, 01:00–02:00
            notice("TM1", "Microsoft Teams", start: 5_000, end: nil),            // collaboration only, still open
            notice("EX2", "Exchange Online", start: 90_000, end: 95_000),         // the next day
            notice("NS1", nil, start: nil, end: nil, seen: 4_000),               // no start: first seen counts
        ])
        let workplace = try await store.notices(for: "workplace", from: Self.day, to: Self.day.addingTimeInterval(86_400))
        #expect(workplace.map(\.noticeID) == ["EX1", "NS1"])
        #expect(workplace.first?.services == ["collaboration", "workplace"])
        let collaboration = try await store.notices(for: "collaboration", from: Self.day.addingTimeInterval(7_200), to: Self.day.addingTimeInterval(100_000))
        #expect(collaboration.map(\.noticeID) == ["NS1", "TM1", "EX2"])  // EX1 ended exactly at `from`
        #expect(try await store.notices(for: "hosting", from: .distantPast, to: .distantFuture).isEmpty)
    }

    @Test("saving the same notice again writes nothing; a changed service link counts as a change", arguments: StoreBackend.allCases)
    func unchangedSave(backend: StoreBackend) async throws {
        let (store, keepAlive) = try Self.makeStore(backend)
        defer { withExtendedLifetime(keepAlive) {} }
        let original = notice("EX1", "Exchange Online", start: 3_600, end: nil)
        #expect(try await store.save([original]) == 1)
        #expect(try await store.save([original]) == 0)
        var relinked = original
        relinked.services = ["workplace"]
        #expect(try await store.save([relinked]) == 1)
        #expect(try await store.notices(for: "collaboration", from: .distantPast, to: .distantFuture).isEmpty)
        #expect(try await store.notices(of: [Self.m365], limit: 10).first?.services == ["workplace"])
    }
}
