import AccordCore
import AccordTestSupport
import Testing

@Suite("SupplierStore contract")
struct SupplierStoreContractTests {
    @Test("a supplier of each tier round-trips with its agreements", arguments: StoreBackend.allCases, Tier.allCases)
    func roundTrip(backend: StoreBackend, tier: Tier) async throws {
        try await backend.withStores { stores async throws in
            let supplier = DomainSamples.supplier(tier: tier)
            try await stores.suppliers.save([supplier])
            #expect(try await stores.suppliers.supplier(supplier.id) == supplier)
        }
    }

    @Test("a supplier with no adapter and no agreements round-trips", arguments: StoreBackend.allCases)
    func sparse(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let supplier = Supplier(id: DomainSamples.stratus, name: "", tier: .use, calendarID: "24x7")
            try await stores.suppliers.save([supplier])
            #expect(try await stores.suppliers.supplier(supplier.id) == supplier)
        }
    }

    @Test("saving a supplier again replaces it", arguments: StoreBackend.allCases)
    func upsert(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.suppliers.save([DomainSamples.supplier()])
            var changed = DomainSamples.supplier()
            changed.tier = .interface
            changed.adapter = nil
            changed.agreements = []
            try await stores.suppliers.save([changed])
            #expect(try await stores.suppliers.allSuppliers() == [changed])
        }
    }

    @Test("all suppliers come back ordered by id; unknown ids are nil", arguments: StoreBackend.allCases)
    func ordering(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let ids = try ["stratus-hosting", "m365", "netnova", "frontline-desk"].map { try #require(SupplierID($0)) }
            try await stores.suppliers.save(ids.map { DomainSamples.supplier($0) })
            #expect(try await stores.suppliers.allSuppliers().map(\.id.rawValue) == ["frontline-desk", "m365", "netnova", "stratus-hosting"])
            #expect(try await stores.suppliers.supplier(#require(SupplierID("acme"))) == nil)
        }
    }
}
