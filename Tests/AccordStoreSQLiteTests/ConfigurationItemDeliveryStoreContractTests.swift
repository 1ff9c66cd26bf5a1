import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("ConfigurationItemDeliveryStore contract")
struct ConfigurationItemDeliveryStoreContractTests {
    static func item(_ sourceKey: String, name: String = "lon-app-01", at offset: TimeInterval = 0) -> ConfigurationItem {
        var item = DomainSamples.configurationItem(sourceKey: sourceKey, serial: "SN-\(sourceKey)")
        item.name = name
        item.observedAt = DomainSamples.preciseInstant.addingTimeInterval(offset)
        return item
    }

    @Test("new records are all stored with their identifiers, the inbox entry processed", arguments: StoreBackend.allCases)
    func writesNew(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let entry = try await TicketDeliveryStoreContractTests.accepted(stores)
            let items = [Self.item("a"), Self.item("b"), Self.item("c")]
            let result = try await stores.configurationItemDeliveries.apply(items, processed: ProcessedInboxEntry(id: entry, at: DomainSamples.preciseInstant))
            #expect(result == ConfigurationItemDeliveryResult(current: items, written: 3, markedProcessed: true))
            for item in items { #expect(try await stores.configurationItems.item(supplier: item.supplier, sourceKey: item.sourceKey) == item) }
            #expect(try await stores.configurationItems.items(withIdentifier: Identifier(kind: .serialNumber, value: "SN-b")) == [items[1]])
            #expect(try await stores.inbox.entry(entry)?.status == .processed)
        }
    }

    @Test("records equal to the stored ones are not written; changed ones replace them under the stored id", arguments: StoreBackend.allCases)
    func unchangedAndChanged(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            _ = try await stores.configurationItemDeliveries.apply([Self.item("a"), Self.item("b")], processed: nil)
            var renamed = Self.item("b", name: "lon-app-02", at: 60)
            renamed.id = "CI-other-id"
            renamed.identifiers.removeLast()
            let result = try await stores.configurationItemDeliveries.apply([Self.item("a"), renamed], processed: nil)
            var expected = renamed
            expected.id = Self.item("b").id
            #expect(result == ConfigurationItemDeliveryResult(current: [Self.item("a"), expected], written: 1, unchanged: 1))
            #expect(try await stores.configurationItems.item(supplier: DomainSamples.stratus, sourceKey: "b") == expected)
            #expect(try await stores.configurationItems.item("CI-other-id") == nil)
        }
    }

    @Test("a record older than the stored one, or than an earlier one of the delivery, is ignored", arguments: StoreBackend.allCases)
    func olderIgnored(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            _ = try await stores.configurationItemDeliveries.apply([Self.item("a", at: 60)], processed: nil)
            let items = [Self.item("a", name: "stale", at: 0), Self.item("b", at: 60), Self.item("b", name: "newer", at: 120), Self.item("b", name: "stale", at: 90)]
            let result = try await stores.configurationItemDeliveries.apply(items, processed: nil)
            #expect(result.current == [items[1], items[2]])
            #expect(result.written == 1 && result.unchanged == 0 && result.ignored == 2)
            #expect(try await stores.configurationItems.item(supplier: DomainSamples.stratus, sourceKey: "a") == Self.item("a", at: 60))
            #expect(try await stores.configurationItems.item(supplier: DomainSamples.stratus, sourceKey: "b") == items[2])
        }
    }

    @Test("another supplier's record with the same source key is neither read nor replaced", arguments: StoreBackend.allCases)
    func ownRecordsOnly(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let theirs = DomainSamples.configurationItem(sourceKey: "a", supplier: DomainSamples.netnova)
            try await stores.configurationItems.save(theirs)
            let result = try await stores.configurationItemDeliveries.apply([Self.item("a")], processed: nil)
            #expect(result.written == 1)
            #expect(try await stores.configurationItems.item(supplier: DomainSamples.netnova, sourceKey: "a") == theirs)
        }
    }

    @Test("a new record whose id is stored for another source key is a conflict", arguments: StoreBackend.allCases)
    func idConflict(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.configurationItems.save(Self.item("a"))
            var clash = Self.item("b")
            clash.id = Self.item("a").id
            await expectConflict { _ = try await stores.configurationItemDeliveries.apply([clash], processed: nil) }
        }
    }
}

@Suite("SQLiteConfigurationItemDeliveryStore")
struct SQLiteConfigurationItemDeliveryStoreTests {
    @Test("a conflict leaves nothing of the delivery behind (one transaction)")
    func atomic() async throws {
        let (stores, keepAlive) = try StoreBackend.sqlite.makeStores()
        let entry = try await TicketDeliveryStoreContractTests.accepted(stores)
        try await stores.configurationItems.save(ConfigurationItemDeliveryStoreContractTests.item("a"))
        var clash = ConfigurationItemDeliveryStoreContractTests.item("z")
        clash.id = ConfigurationItemDeliveryStoreContractTests.item("a").id
        await expectConflict {
            _ = try await stores.configurationItemDeliveries.apply(
                [ConfigurationItemDeliveryStoreContractTests.item("b"), clash], processed: ProcessedInboxEntry(id: entry, at: DomainSamples.preciseInstant)
            )
        }
        #expect(try await stores.configurationItems.item(supplier: DomainSamples.stratus, sourceKey: "b") == nil)
        #expect(try await stores.inbox.entry(entry)?.status == .pending)
        withExtendedLifetime(keepAlive) {}
    }

    @Test("more records than one read chunk are read back and found unchanged")
    func chunks() async throws {
        let (stores, keepAlive) = try StoreBackend.sqlite.makeStores()
        let items = (0 ..< 1_200).map { ConfigurationItemDeliveryStoreContractTests.item(String(format: "k%04d", $0)) }
        #expect(try await stores.configurationItemDeliveries.apply(items, processed: nil).written == 1_200)
        let again = try await stores.configurationItemDeliveries.apply(items, processed: nil)
        #expect(again.written == 0 && again.unchanged == 1_200 && again.current == items)
        withExtendedLifetime(keepAlive) {}
    }
}
