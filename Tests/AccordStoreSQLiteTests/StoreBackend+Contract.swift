import AccordCore
import AccordTestSupport
import Testing

extension StoreBackend {
    /// Runs `body` against fresh stores of this backend, keeping a SQLite file alive until it returns.
    func withStores(_ body: (AccordStores) async throws -> Void) async throws {
        let (stores, keepAlive) = try makeStores()
        try await body(stores)
        withExtendedLifetime(keepAlive) {}
    }
}

/// Expects `body` to throw ``StoreError/conflict(_:)``.
func expectConflict(sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void) async {
    let error = await #expect(throws: StoreError.self, sourceLocation: sourceLocation) { try await body() }
    if let error, case .conflict = error { return }
    if let error { Issue.record("expected a conflict, got \(error)", sourceLocation: sourceLocation) }
}
