import AccordConnectors
import AccordCore
import AccordMapping
import AccordTestSupport
import Foundation
import Testing

@Suite("DeliveryApplier: configuration items")
struct DeliveryApplierConfigurationItemTests {
    /// What the CMDB hook was handed, call by call.
    actor HookCalls {
        private(set) var items: [[ConfigurationItem]] = []
        func record(_ delivered: [ConfigurationItem]) { items.append(delivered) }
    }

    static let supplier = Supplier(id: DomainSamples.stratus, name: "Stratus", tier: .interface, calendarID: CalendarID("24x7"), adapter: "servicenow")

    static func page(updated: String = "2024-03-01 10:00:00") -> InboxDelivery {
        let rows = (1 ... 3).map { index in
            "<result><sys_id>ci-\(index)</sys_id><name>srv-\(index)</name><sys_class_name>cmdb_ci_linux_server</sys_class_name>"
                + "<serial_number>SN-\(index)</serial_number><ip_address>10.0.0.\(index)</ip_address><sys_updated_on>\(updated)</sys_updated_on></result>"
        }
        return InboxDelivery(
            supplier: DomainSamples.stratus, channel: .poll, deliveryID: "page-\(updated)", receivedAt: DomainSamples.preciseInstant,
            contentType: "application/xml", body: Data("<response>\(rows.joined())</response>".utf8)
        )
    }

    static func records(_ delivery: InboxDelivery) throws -> [CanonicalRecord] {
        let adapter = try AdapterLoader.load(file: RepositoryPaths.root.appendingPathComponent("Adapters/servicenow/adapter.yaml"))
        let result = adapter.normalize(delivery.body, contentType: delivery.contentType)
        try #require(result.isClean)
        return result.records
    }

    @Test("applied again, a delivery's CIs write nothing and still reach the CMDB hook", arguments: StoreBackend.allCases)
    func unchangedReachHook(backend: StoreBackend) async throws {
        let (stores, keepAlive) = try backend.makeStores()
        let calls = HookCalls()
        let applier = DeliveryApplier(stores: stores, ledger: nil) { items, _ in await calls.record(items) }
        let delivery = Self.page()
        let first = try await applier.apply(try Self.records(delivery), delivery: delivery, supplier: Self.supplier)
        let again = try await applier.apply(try Self.records(delivery), delivery: delivery, supplier: Self.supplier)
        #expect(first.configurationItemsSaved == 3 && first.configurationItemsWritten == 3)
        #expect(again.configurationItemsSaved == 3 && again.configurationItemsWritten == 0)
        let handed = await calls.items
        #expect(handed.count == 2 && handed.first == handed.last)
        #expect(handed.first?.map(\.sourceKey) == ["ci-1", "ci-2", "ci-3"])
        #expect(try await stores.configurationItems.items(of: DomainSamples.stratus).map(\.name) == ["srv-1", "srv-2", "srv-3"])
        withExtendedLifetime(keepAlive) {}
    }

    @Test("an older snapshot is neither written nor handed to the CMDB", arguments: StoreBackend.allCases)
    func olderSnapshot(backend: StoreBackend) async throws {
        let (stores, keepAlive) = try backend.makeStores()
        let calls = HookCalls()
        let applier = DeliveryApplier(stores: stores, ledger: nil) { items, _ in await calls.record(items) }
        let newer = Self.page(updated: "2024-03-02 10:00:00")
        let older = Self.page(updated: "2024-03-01 10:00:00")
        _ = try await applier.apply(try Self.records(newer), delivery: newer, supplier: Self.supplier)
        let summary = try await applier.apply(try Self.records(older), delivery: older, supplier: Self.supplier)
        #expect(summary.configurationItemsWritten == 0)
        #expect(await calls.items.count == 1)
        let stored = try await stores.configurationItems.item(supplier: DomainSamples.stratus, sourceKey: "ci-1")
        #expect(stored?.observedAt == ISO8601DateFormatter().date(from: "2024-03-02T10:00:00Z"))
        withExtendedLifetime(keepAlive) {}
    }

    @Test("the inbox entry is marked with the CIs when no CMDB hook follows, after the hook otherwise", arguments: StoreBackend.allCases)
    func marksProcessed(backend: StoreBackend) async throws {
        let (stores, keepAlive) = try backend.makeStores()
        let delivery = Self.page()
        guard case .accepted(let id)? = try await stores.inbox.accept([delivery]).first else { throw StoreError.conflict("not accepted") }
        let processed = ProcessedInboxEntry(id: id, at: DomainSamples.preciseInstant)
        let withHook = DeliveryApplier(stores: stores, ledger: nil) { _, _ in }
        #expect(try await !withHook.apply(try Self.records(delivery), delivery: delivery, supplier: Self.supplier, processed: processed).markedProcessed)
        #expect(try await stores.inbox.entry(id)?.status == .pending)
        let withoutHook = DeliveryApplier(stores: stores, ledger: nil)
        #expect(try await withoutHook.apply(try Self.records(delivery), delivery: delivery, supplier: Self.supplier, processed: processed).markedProcessed)
        #expect(try await stores.inbox.entry(id)?.status == .processed)
        withExtendedLifetime(keepAlive) {}
    }
}
