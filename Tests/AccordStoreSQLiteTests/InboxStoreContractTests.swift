import AccordCore
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Testing

@Suite("InboxStore contract")
struct InboxStoreContractTests {
    static let supplier = SupplierID("netnova")!
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000.25)

    static func delivery(_ id: String, body: String = "{\"n\": 1}", supplier: SupplierID = supplier, at offset: TimeInterval = 0) -> InboxDelivery {
        InboxDelivery(
            supplier: supplier, channel: .webhook, deliveryID: id, receivedAt: t0.addingTimeInterval(offset),
            contentType: "application/json", headers: ["webhook-id": id, "user-agent": "Jira/9 — ü"], body: Data(body.utf8)
        )
    }

    @Test("Accepting stores the raw delivery exactly; the same id is a duplicate with the same body, a conflict otherwise", arguments: StoreBackend.allCases)
    func acceptDuplicateConflict(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let first = try await stores.inbox.accept([Self.delivery("msg_1"), Self.delivery("msg_2")])
            guard case .accepted(let id1) = first[0], case .accepted(let id2) = first[1] else {
                Issue.record("expected two acceptances, got \(first)")
                return
            }
            #expect(id1 != id2)
            let again = try await stores.inbox.accept([Self.delivery("msg_1"), Self.delivery("msg_1", body: "{\"n\": 2}")])
            #expect(again == [.duplicate(entryID: id1), .conflict(entryID: id1)])
            // The same delivery id from another supplier is a different delivery.
            let other = try await stores.inbox.accept([Self.delivery("msg_1", supplier: SupplierID("pipeworks")!)])
            guard case .accepted = other[0] else {
                Issue.record("another supplier's id must not collide")
                return
            }
            let stored = try #require(try await stores.inbox.entry(id1))
            #expect(stored.delivery == Self.delivery("msg_1"))
            #expect(stored.status == .pending)
            #expect(stored.nextAttemptAt == Self.t0)
        }
    }

    @Test("Headers with quotes, backslashes, slashes, control characters and non-ASCII text come back exactly", arguments: StoreBackend.allCases)
    func headersRoundTrip(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            var delivery = Self.delivery("msg_headers")
            delivery.headers = [
                "content-type": "application/json; charset=\"utf-8\"", "user-agent": "a\\b/c\n\t\u{01}\u{1F} 路由器 ✓",
                "webhook-id": "msg_headers", "": "empty key", "x-empty": "",
            ]
            guard case .accepted(let id) = try await stores.inbox.accept([delivery])[0] else {
                Issue.record("expected an acceptance")
                return
            }
            #expect(try await stores.inbox.entry(id)?.delivery == delivery)
        }
    }

    @Test("Due entries come oldest first; failures retry later or die; requeue revives; attempts are logged", arguments: StoreBackend.allCases)
    func lifecycle(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            _ = try await stores.inbox.accept([Self.delivery("a", at: 0), Self.delivery("b", at: 1), Self.delivery("c", at: 2)])
            let due = try await stores.inbox.due(at: Self.t0.addingTimeInterval(5), limit: 10)
            #expect(due.map(\.delivery.deliveryID) == ["a", "b", "c"])
            #expect(try await stores.inbox.due(at: Self.t0.addingTimeInterval(1), limit: 10).map(\.delivery.deliveryID) == ["a", "b"])
            let (a, b, c) = (due[0].id, due[1].id, due[2].id)
            try await stores.inbox.markProcessed(a, at: Self.t0.addingTimeInterval(6))
            try await stores.inbox.markFailed(b, at: Self.t0.addingTimeInterval(6), error: "store busy", retryAt: Self.t0.addingTimeInterval(60))
            try await stores.inbox.markFailed(c, at: Self.t0.addingTimeInterval(6), error: "unmapped state 'Bogus'", retryAt: nil)
            #expect(try await stores.inbox.due(at: Self.t0.addingTimeInterval(30), limit: 10).isEmpty)
            #expect(try await stores.inbox.due(at: Self.t0.addingTimeInterval(60), limit: 10).map(\.id) == [b])
            #expect(try await stores.inbox.backlog(of: Self.supplier) == 1)
            let dead = try await stores.inbox.entries(status: .dead, supplier: Self.supplier, limit: 10)
            #expect(dead.map(\.id) == [c])
            #expect(dead.first?.lastError == "unmapped state 'Bogus'")
            #expect(dead.first?.attempts == 1)
            #expect(try await stores.inbox.entry(a)?.processedAt == Self.t0.addingTimeInterval(6))

            #expect(try await stores.inbox.requeue(ids: [c, b], at: Self.t0.addingTimeInterval(70)) == 1)  // b is already pending
            let revived = try #require(try await stores.inbox.entry(c))
            #expect(revived.status == .pending)
            #expect(revived.attempts == 0)
            try await stores.inbox.markProcessed(c, at: Self.t0.addingTimeInterval(71))
            let log = try await stores.inbox.attempts(of: c)
            #expect(log.map(\.number) == [1, 2])
            #expect(log.map(\.error) == ["unmapped state 'Bogus'", nil])
        }
    }

    @Test("Concurrent deliveries are each acknowledged once; one id sent concurrently is accepted exactly once", arguments: StoreBackend.allCases)
    func concurrentAccepts(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let results = try await withThrowingTaskGroup(of: [InboxAcceptance].self) { group in
                for index in 0..<40 {
                    group.addTask { try await stores.inbox.accept([Self.delivery(index % 10 == 0 ? "same" : "msg_\(index)")]) }
                }
                return try await group.reduce(into: [InboxAcceptance]()) { $0 += $1 }
            }
            let accepted = results.filter { if case .accepted = $0 { true } else { false } }
            let duplicates = results.filter { if case .duplicate = $0 { true } else { false } }
            #expect(accepted.count == 37)
            #expect(duplicates.count == 3)
            #expect(try await stores.inbox.entries(status: nil, supplier: nil, limit: 100).count == 37)
        }
    }
}

@Suite("Group commit")
struct GroupCommitterTests {
    /// A serial queue standing in for the database writer, with a log of the batches it wrote.
    final class Writer: @unchecked Sendable {
        // @unchecked: `batches` is only touched on `queue`, or after every write has finished.
        let queue = DispatchQueue(label: "accord.test.writer")
        var batches: [[Int]] = []

        func schedule(_ work: @escaping @Sendable (Writer) -> Void) { queue.async { work(self) } }
    }

    @Test("Callers arriving during a write share the next transaction; each gets its own outcomes, after the commit")
    func batching() async throws {
        let writer = Writer()
        let committer = GroupCommitter<Writer, Int, Int>(schedule: writer.schedule) { writer, items in
            writer.batches.append(items)
            Thread.sleep(forTimeInterval: 0.02)  // a slow disk sync, so callers pile up
            return items.map { $0 * 10 }
        }
        let outcomes = try await withThrowingTaskGroup(of: (Int, [Int]).self) { group in
            for index in 0..<30 { group.addTask { (index, try await committer.submit([index, index + 100])) } }
            return try await group.reduce(into: [Int: [Int]]()) { $0[$1.0] = $1.1 }
        }
        for index in 0..<30 { #expect(outcomes[index] == [index * 10, (index + 100) * 10]) }
        let batches = writer.queue.sync { writer.batches }
        #expect(batches.flatMap { $0 }.sorted() == (Array(0..<30) + Array(100..<130)).sorted())
        #expect(batches.count < 30)
    }

    @Test("A failed transaction fails every caller in it, and the next caller still gets through")
    func failure() async throws {
        struct DiskFull: Error {}
        let writer = Writer()
        let committer = GroupCommitter<Writer, Int, Int>(schedule: writer.schedule) { _, items in
            if items.contains(13) { throw DiskFull() }
            return items
        }
        await #expect(throws: DiskFull.self) { try await committer.submit([13]) }
        #expect(try await committer.submit([7]) == [7])
    }
}
