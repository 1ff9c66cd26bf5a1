import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("TokenStore and ListenerStore contracts")
struct TokenStoreContractTests {
    static let now = Date(timeIntervalSince1970: 1_709_600_000)

    private func token(_ id: String, _ principal: Principal, digest: String, at offset: TimeInterval = 0) -> ApiToken {
        ApiToken(id: ApiTokenID(id), principal: principal, name: id, digest: digest, createdAt: Self.now.addingTimeInterval(offset))
    }

    @Test("tokens round-trip by digest, list in creation order, and revoke once", arguments: StoreBackend.allCases)
    func tokens(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let supplier = token("tok_b", .supplier(try #require(SupplierID("netnova"))), digest: "d1")
            try await stores.tokens.insert(supplier)
            try await stores.tokens.insert(token("tok_a", .admin, digest: "d2", at: 10))
            #expect(try await stores.tokens.token(digest: "d1") == supplier)
            #expect(try await stores.tokens.token(digest: "nope") == nil)
            #expect(try await stores.tokens.allTokens().map(\.id) == ["tok_b", "tok_a"])
            await expectConflict { try await stores.tokens.insert(token("tok_c", .integrator, digest: "d1")) }
            await expectConflict { try await stores.tokens.insert(token("tok_b", .integrator, digest: "d3")) }
            #expect(try await stores.tokens.revoke("tok_b", at: Self.now.addingTimeInterval(5)))
            #expect(try await stores.tokens.revoke("tok_b", at: Self.now.addingTimeInterval(50)))
            #expect(try await stores.tokens.token(digest: "d1")?.revokedAt == Self.now.addingTimeInterval(5))
            #expect(try await stores.tokens.revoke("tok_missing", at: Self.now) == false)
        }
    }

    @Test("listeners and their outbox: due order, retries, delivery, removal", arguments: StoreBackend.allCases)
    func listeners(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let listener = TicketListener(id: "L1", callback: "http://x.example/cb", query: nil, owner: .integrator, secret: "whsec_AA==", createdAt: Self.now)
            try await stores.listeners.save(listener)
            #expect(try await stores.listeners.listener("L1") == listener)
            try await stores.listeners.enqueue([
                OutboundNotification(listenerID: "L1", eventID: "E1", eventType: "T", body: Data("1".utf8), nextAttemptAt: Self.now),
                OutboundNotification(listenerID: "L1", eventID: "E2", eventType: "T", body: Data("2".utf8), nextAttemptAt: Self.now.addingTimeInterval(60)),
            ])
            let due = try await stores.listeners.dueNotifications(at: Self.now, limit: 10)
            #expect(due.map(\.eventID) == ["E1"])
            let first = try #require(due.first)
            try await stores.listeners.recordAttempt(first.sequence, delivered: false, error: "HTTP 500", retryAt: Self.now.addingTimeInterval(120))
            #expect(try await stores.listeners.dueNotifications(at: Self.now.addingTimeInterval(60), limit: 10).map(\.eventID) == ["E2"])
            try await stores.listeners.recordAttempt(first.sequence, delivered: true, error: nil, retryAt: nil)
            let all = try await stores.listeners.notifications(for: "L1")
            #expect(all.map(\.status) == [.delivered, .pending])
            #expect(all.first?.attempts == 2)
            #expect(try await stores.listeners.remove("L1"))
            #expect(try await stores.listeners.allListeners().isEmpty)
            #expect(try await stores.listeners.dueNotifications(at: Self.now.addingTimeInterval(600), limit: 10).isEmpty)
            #expect(try await stores.listeners.remove("L1") == false)
        }
    }
}
