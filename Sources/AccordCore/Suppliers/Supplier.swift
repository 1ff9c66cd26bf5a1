/// A company that delivers part of a service, configured in `Config/suppliers/<id>.yaml`.
public struct Supplier: Sendable, Hashable, Codable, Identifiable {
    public var id: SupplierID
    public var name: String
    public var tier: Tier
    /// The business calendar its OLA clocks run on unless an agreement names another.
    public var calendarID: CalendarID
    /// The adapter in `Adapters/` that reads its payloads; `nil` for Use-tier suppliers.
    public var adapter: String?
    /// Its operational level agreements.
    public var agreements: [Agreement]

    public init(id: SupplierID, name: String, tier: Tier, calendarID: CalendarID, adapter: String? = nil, agreements: [Agreement] = []) {
        self.id = id
        self.name = name
        self.tier = tier
        self.calendarID = calendarID
        self.adapter = adapter
        self.agreements = agreements
    }

    /// Shorthand for the tier's capabilities.
    public var capabilities: TierCapabilities { tier.capabilities }
}
