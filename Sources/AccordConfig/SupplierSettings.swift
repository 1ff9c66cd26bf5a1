import AccordCore

/// A supplier as configured: the domain ``Supplier`` plus what only the hub process needs.
public struct SupplierSettings: Sendable, Hashable {
    public var supplier: Supplier
    /// Environment variable names holding this supplier's secrets, by purpose
    /// (`webhookSecrets`, `apiToken`, …). Secrets themselves are never written in `Config/`.
    public var credentials: [String: [String]]
    /// How Interface- and Exclude-tier data is pulled (`sync:`); `nil` when the supplier is not polled.
    public var sync: SyncSettings?

    public init(supplier: Supplier, credentials: [String: [String]] = [:]) {
        self.supplier = supplier
        self.credentials = credentials
    }
}
