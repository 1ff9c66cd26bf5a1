import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("ConfigurationItemStore contract")
struct ConfigurationItemStoreContractTests {
    @Test("an item round-trips exactly, identifiers in their reported order", arguments: StoreBackend.allCases)
    func roundTrip(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            var item = DomainSamples.configurationItem()
            item.identifiers.reverse()
            #expect(try await stores.configurationItems.save(item) == item)
            #expect(try await stores.configurationItems.item(item.id) == item)
            #expect(try await stores.configurationItems.item(supplier: item.supplier, sourceKey: item.sourceKey) == item)
        }
    }

    @Test("an item with no identifiers or attributes round-trips", arguments: StoreBackend.allCases)
    func sparse(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let item = ConfigurationItem(id: "CI-bare", supplier: DomainSamples.netnova, sourceKey: "", ciClass: "network_device",
                                         name: "", observedAt: DomainSamples.preciseInstant, channel: .webhook)
            try await stores.configurationItems.save(item)
            #expect(try await stores.configurationItems.item("CI-bare") == item)
        }
    }

    @Test("saving the same supplier and source key under a new id keeps the stored id", arguments: StoreBackend.allCases)
    func keepsID(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let original = DomainSamples.configurationItem()
            try await stores.configurationItems.save(original)
            var update = original
            update.id = "CI-new"
            update.name = "lon-app-01-renamed"
            update.observedAt = original.observedAt.addingTimeInterval(86_400.000_000_2)
            let stored = try await stores.configurationItems.save(update)
            var expected = update
            expected.id = original.id
            #expect(stored == expected)
            #expect(try await stores.configurationItems.item(original.id) == expected)
            #expect(try await stores.configurationItems.item("CI-new") == nil)
            #expect(try await stores.configurationItems.items(of: original.supplier) == [expected])
        }
    }

    @Test("re-saving replaces the identifiers", arguments: StoreBackend.allCases)
    func replacesIdentifiers(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let original = DomainSamples.configurationItem(serial: "SN-OLD")
            try await stores.configurationItems.save(original)
            var update = original
            update.identifiers = [Identifier(kind: .assetTag, value: "AT-7"), Identifier(kind: .serialNumber, value: "SN-NEW")]
            try await stores.configurationItems.save(update)
            #expect(try await stores.configurationItems.item(original.id)?.identifiers == update.identifiers)
            #expect(try await stores.configurationItems.items(withIdentifier: Identifier(kind: .serialNumber, value: "SN-OLD")).isEmpty)
            #expect(try await stores.configurationItems.items(withIdentifier: Identifier(kind: .fqdn, value: "lon-app-01.corp.example")).isEmpty)
            #expect(try await stores.configurationItems.items(withIdentifier: Identifier(kind: .assetTag, value: "AT-7")) == [update])
        }
    }

    @Test("an identifier finds every supplier's record, ordered by id, matching kind and value exactly",
          arguments: StoreBackend.allCases)
    func lookupAcrossSuppliers(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let fromStratus = DomainSamples.configurationItem(sourceKey: "srv-1", supplier: DomainSamples.stratus, serial: "SN-9")
            let fromNetnova = DomainSamples.configurationItem(sourceKey: "dev-7", supplier: DomainSamples.netnova, serial: "SN-9")
            let unrelated = DomainSamples.configurationItem(sourceKey: "srv-2", supplier: DomainSamples.stratus, serial: "SN-10")
            for item in [fromStratus, unrelated, fromNetnova] { try await stores.configurationItems.save(item) }
            let found = try await stores.configurationItems.items(withIdentifier: Identifier(kind: .serialNumber, value: "SN-9"))
            #expect(found == [fromNetnova, fromStratus].sorted { $0.id < $1.id })
            #expect(found.map(\.id.rawValue) == ["CI-netnova-dev-7", "CI-stratus-hosting-srv-1"])
            #expect(try await stores.configurationItems.items(withIdentifier: Identifier(kind: .assetTag, value: "SN-9")).isEmpty)
            #expect(try await stores.configurationItems.items(withIdentifier: Identifier(kind: .serialNumber, value: "sn-9")).isEmpty)
        }
    }

    @Test("one supplier's items come back ordered by source key", arguments: StoreBackend.allCases)
    func itemsOfSupplier(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            for key in ["c-3", "a-1", "b-2"] {
                try await stores.configurationItems.save(DomainSamples.configurationItem(sourceKey: key, supplier: DomainSamples.stratus))
            }
            try await stores.configurationItems.save(DomainSamples.configurationItem(sourceKey: "0-net", supplier: DomainSamples.netnova))
            #expect(try await stores.configurationItems.items(of: DomainSamples.stratus).map(\.sourceKey) == ["a-1", "b-2", "c-3"])
            #expect(try await stores.configurationItems.items(of: DomainSamples.netnova).map(\.sourceKey) == ["0-net"])
            #expect(try await stores.configurationItems.items(of: #require(SupplierID("m365"))).isEmpty)
        }
    }

    @Test("a new record reusing another record's id is a conflict", arguments: StoreBackend.allCases)
    func idConflict(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let original = DomainSamples.configurationItem(sourceKey: "srv-1")
            try await stores.configurationItems.save(original)
            var intruder = DomainSamples.configurationItem(sourceKey: "srv-2")
            intruder.id = original.id
            await expectConflict { try await stores.configurationItems.save(intruder) }
            #expect(try await stores.configurationItems.item(original.id) == original)
            #expect(try await stores.configurationItems.item(supplier: intruder.supplier, sourceKey: "srv-2") == nil)
        }
    }
}
