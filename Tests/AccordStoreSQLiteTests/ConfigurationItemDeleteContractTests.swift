import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("ConfigurationItemStore contract: delete")
struct ConfigurationItemDeleteContractTests {
    @Test("delete removes one supplier's record with its identifiers and returns it; others stay", arguments: StoreBackend.allCases)
    func delete(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let doomed = try await stores.configurationItems.save(DomainSamples.configurationItem(sourceKey: "gone", serial: "SN-1"))
            let kept = try await stores.configurationItems.save(DomainSamples.configurationItem(sourceKey: "kept", serial: "SN-1"))
            #expect(try await stores.configurationItems.delete(supplier: doomed.supplier, sourceKey: "gone") == doomed)
            #expect(try await stores.configurationItems.item(doomed.id) == nil)
            #expect(try await stores.configurationItems.items(withIdentifier: doomed.identifiers[0]) == [kept])
            #expect(try await stores.configurationItems.delete(supplier: doomed.supplier, sourceKey: "gone") == nil)
            #expect(try await stores.configurationItems.delete(supplier: DomainSamples.netnova, sourceKey: "kept") == nil)
            #expect(try await stores.configurationItems.items(of: kept.supplier) == [kept])
        }
    }
}
