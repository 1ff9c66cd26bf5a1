/// Filters and paging for ``CMDBStore/clusters(matching:)``. `nil` filters match everything.
public struct CIQuery: Sendable, Hashable {
    /// Golden CIs of this class.
    public var ciClass: String?
    /// Golden CIs with a record carrying this identifier (already normalised).
    public var identifier: Identifier?
    /// Golden CIs with a record from this supplier.
    public var supplier: SupplierID?
    /// Golden CIs with a record whose name contains this text, case-insensitively.
    public var text: String?
    public var offset: Int
    public var limit: Int

    public init(ciClass: String? = nil, identifier: Identifier? = nil, supplier: SupplierID? = nil, text: String? = nil, offset: Int = 0, limit: Int = 100) {
        self.ciClass = ciClass
        self.identifier = identifier
        self.supplier = supplier
        self.text = text
        self.offset = offset
        self.limit = limit
    }
}
