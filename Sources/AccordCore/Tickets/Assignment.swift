/// Who holds a ticket: a supplier and, optionally, one of its resolver groups.
public struct Assignment: Sendable, Hashable, Codable, CustomStringConvertible {
    public var supplier: SupplierID
    public var group: String?

    public init(supplier: SupplierID, group: String? = nil) {
        self.supplier = supplier
        self.group = group
    }

    /// `supplier` or `supplier/group`.
    public var description: String { group.map { "\(supplier)/\($0)" } ?? supplier.rawValue }
}
