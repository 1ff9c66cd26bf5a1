import AccordConnectors
import AccordCore
import AccordMapping
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Logging
import Synchronization

/// Test time: `sleep` moves `now` forward instead of waiting.
final class ManualSyncClock: SyncClock {
    private let current: Mutex<Date>
    init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) { current = Mutex(start) }
    func now() -> Date { current.withLock { $0 } }
    func sleep(seconds: TimeInterval) async throws { current.withLock { $0 = $0.addingTimeInterval(max(0, seconds)) } }
}

/// Wraps the real transport; records any request sent before a `Retry-After` ran out.
actor RecordingTransport: HTTPTransport {
    let base: any HTTPTransport
    let clock: ManualSyncClock
    private var notBefore: Date?
    private(set) var violations: [String] = []
    private(set) var sent = 0
    private(set) var retryAfters = 0

    init(_ base: any HTTPTransport, clock: ManualSyncClock) {
        self.base = base
        self.clock = clock
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let now = clock.now()
        if let notBefore, now < notBefore { violations.append("sent at \(now) before Retry-After ran out at \(notBefore)") }
        sent += 1
        let response = try await base.send(request)
        if response.status == 429, let seconds = response.header("retry-after").flatMap(Int.init) {
            retryAfters += 1
            notBefore = clock.now().addingTimeInterval(TimeInterval(seconds))
        }
        return response
    }
}

/// A SQLite hub with the ServiceNow adapter and one Interface-tier supplier, ready to sync.
struct SyncHarness {
    let directory: TemporaryDirectory
    let database: SQLiteDatabase
    let stores: AccordStores
    let supplier: Supplier
    let adapter: Adapter
    let processor: InboxProcessor
    let clock = ManualSyncClock()
    let breaker = CircuitBreaker(threshold: 50, cooldown: 60)

    init(adapterName: String = "servicenow", tier: Tier = .interface) throws {
        directory = try TemporaryDirectory(prefix: "accord-sync")
        database = try SQLiteDatabase(path: directory.file("accord.sqlite"), synchronous: .normal)
        stores = database.storesWithSync
        let adapterURL = RepositoryPaths.root.appendingPathComponent("Adapters/\(adapterName)/adapter.yaml")
        adapter = try AdapterLoader.load(file: adapterURL)
        supplier = Supplier(id: SupplierID("stratus-hosting")!, name: "Stratus", tier: tier, calendarID: CalendarID("24x7"), adapter: adapterName)
        let applier = DeliveryApplier(stores: stores, ledger: nil)
        processor = InboxProcessor(stores: stores, suppliers: [supplier], adapters: [adapterName: adapter], applier: applier)
    }

    func sync(
        _ settings: SyncSettings, transport: any HTTPTransport, vanished: VanishedRecordHandler = .none, logger: Logger = Logger(label: "accord.sync")
    ) -> SupplierSync {
        SupplierSync(
            supplier: supplier, settings: settings, adapter: adapter, inbox: stores.inbox, store: database.syncStore,
            notices: database.statusNoticeStore, processor: processor, transport: transport, breaker: breaker, clock: clock,
            environment: ["STRATUS_USER": "svc", "STRATUS_PASSWORD": "secret"], vanished: vanished, logger: logger
        )
    }

    /// The supplier's file-drop importer on this hub.
    func importer() -> FileDropImporter {
        FileDropImporter(supplier: supplier, adapter: adapter, inbox: stores.inbox, store: database.syncStore, processor: processor, clock: clock)
    }

    /// Every ticket of the supplier: external id → title.
    func ticketTitles() async throws -> [String: String] {
        let tickets = try await stores.tickets.tickets(matching: TicketQuery(limit: 100_000))
        var titles: [String: String] = [:]
        for ticket in tickets {
            guard let reference = ticket.externalReference else { continue }
            titles[reference.externalID] = ticket.title
        }
        return titles
    }
}

enum SyncFixtures {
    static let offsetResource = SyncResource(
        name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 7),
        watermark: WatermarkFilter(field: "sys_updated_on", parameter: "sysparm_query", template: "{field}>={since}", format: "yyyy-MM-dd HH:mm:ss")
    )
    static let cursorResource = SyncResource(
        name: "incidents-cursor", path: "/api/cursor/incidents", pagination: .cursor(parameter: "cursor", tokenPath: "meta.next", limitParameter: "limit", limit: 6),
        watermark: WatermarkFilter(field: "sys_updated_on", parameter: "updated_since", format: "yyyy-MM-dd HH:mm:ss")
    )
    static let linkResource = SyncResource(name: "incidents-link", path: "/api/now/table/incident", pagination: .linkHeader(limitParameter: "sysparm_limit", limit: 5))

    static func settings(port: Int, mode: SyncMode = .full, budget: Int = 200, missing: MissingRecordPolicy = .ignore) -> SyncSettings {
        SyncSettings(
            baseURL: URL(string: "http://127.0.0.1:\(port)"), authentication: .basic(userVariable: "STRATUS_USER", passwordVariable: "STRATUS_PASSWORD"),
            resources: [offsetResource, cursorResource, linkResource], mode: mode, missingRecords: missing, requestTimeout: 1, retryBudget: budget
        )
    }
}

/// ServiceNow Table API bodies of small incident pages for tests that serve pages by hand.
enum IncidentRows {
    /// `{"result": [...]}` with incidents `inc<N>` (number `INC00<N>`, "Disk full <N>"), opened on
    /// October N, 2026 at 09:00 and last updated that day at `updatedHour`:00 (ServiceNow's
    /// `yyyy-MM-dd HH:mm:ss`, UTC). N stays below 10.
    static func page(_ indices: [Int], updatedHour: Int) -> Data {
        let hour = updatedHour < 10 ? "0\(updatedHour)" : "\(updatedHour)"
        let rows = indices.map { index in
            #"{"sys_id": "inc\#(index)", "sys_class_name": "incident", "number": "INC00\#(index)", "short_description": "Disk full \#(index)", "state": "2", "priority": "3", "#
                + #""opened_at": "2026-10-0\#(index) 09:00:00", "sys_updated_on": "2026-10-0\#(index) \#(hour):00:00"}"#
        }
        return Data(#"{"result": [\#(rows.joined(separator: ","))]}"#.utf8)
    }
}
