@testable import AccordServer
import AccordCore
import Foundation
import Testing

@Suite("Backlog gauge")
struct BacklogGaugeTests {
    actor Counter {
        var calls = 0
        var value: Int
        init(_ value: Int) { self.value = value }
        func read() -> Int {
            calls += 1
            return value
        }
        func set(_ value: Int) { self.value = value }
    }

    @Test("The store is counted at most once per interval; accepted deliveries count in between")
    func refreshAndCount() async throws {
        let gauge = BacklogGauge(refreshInterval: 1)
        let counter = Counter(1)
        let supplier = SupplierID("netnova")!
        let t0 = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(try await !gauge.isFull(supplier, limit: 3, now: t0) { await counter.read() })
        gauge.accepted(supplier)
        #expect(try await !gauge.isFull(supplier, limit: 3, now: t0.addingTimeInterval(0.5)) { await counter.read() })
        gauge.accepted(supplier)
        #expect(try await gauge.isFull(supplier, limit: 3, now: t0.addingTimeInterval(0.9)) { await counter.read() })
        #expect(await counter.calls == 1)
        // The worker drained the backlog: the next refresh sees it.
        await counter.set(0)
        #expect(try await !gauge.isFull(supplier, limit: 3, now: t0.addingTimeInterval(1.0)) { await counter.read() })
        #expect(await counter.calls == 2)
    }
}
