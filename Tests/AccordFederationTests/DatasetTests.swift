import AccordCore
import AccordFederation
import AccordTestSupport
import Testing

@Suite("Five-supplier dataset and determinism")
struct DatasetTests {
    typealias F = CMDBFixture

    @Test("the generated estate reconciles to the known number of CIs with no false merges", arguments: StoreBackend.allCases)
    func reconciles(backend: StoreBackend) async throws {
        let (stores, keepAlive) = try backend.makeStores()
        let dataset = FiveSupplierDataset(servers: 120, lookAlikes: 20)
        let cmdb = F.cmdb(store: stores.cmdb)
        try await cmdb.ingest(dataset.records)
        let goldens = try await F.goldens(cmdb)
        #expect(goldens.count == dataset.expectedCIs)
        for golden in goldens {
            let truths = Set(golden.sources.map(FiveSupplierDataset.truth(of:)))
            #expect(truths.count == 1, "false merge in \(golden.id): \(golden.sources)")
        }
        let conflicts = try await cmdb.conflicts()
        #expect(conflicts.filter { $0.kind == .parkedMultiMatch }.count == dataset.expectedParked)
        #expect(conflicts.contains { $0.kind == .attributeDisagreement && $0.attribute == "os" })
        let linked = dataset.records.count - dataset.expectedParked
        #expect(goldens.reduce(0) { $0 + $1.sources.count } == linked)
        withExtendedLifetime(keepAlive) {}
    }

    @Test("shuffled input in random batches gives identical golden records and conflicts", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func shuffled(seed: UInt64) async throws {
        let dataset = FiveSupplierDataset(servers: 60, lookAlikes: 10)
        let reference = F.cmdb()
        try await reference.ingest(dataset.records)
        var random = SplitMix64(seed: seed)
        var records = dataset.records.shuffled(using: &random)
        let shuffled = F.cmdb()
        while !records.isEmpty {
            let size = Int.random(in: 1 ... 25, using: &random)
            try await shuffled.ingest(Array(records.prefix(size)))
            records.removeFirst(min(size, records.count))
        }
        #expect(try await F.goldens(shuffled) == F.goldens(reference))
        #expect(try await shuffled.conflicts() == reference.conflicts())
    }
}
