/// Names one supplier's source record of a configuration item: the supplier and its own key.
public struct SourceRecordRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var supplier: SupplierID
    public var sourceKey: String

    public init(supplier: SupplierID, sourceKey: String) {
        self.supplier = supplier
        self.sourceKey = sourceKey
    }

    /// `supplier/sourceKey`: one text column in storage. Supplier ids never contain `/`.
    public var storageKey: String { supplier.rawValue + "/" + sourceKey }

    /// Parses ``storageKey``.
    public init?(storageKey: String) {
        guard let slash = storageKey.firstIndex(of: "/"), let supplier = SupplierID(String(storageKey[..<slash])) else { return nil }
        self.init(supplier: supplier, sourceKey: String(storageKey[storageKey.index(after: slash)...]))
    }

    public var description: String { storageKey }

    public static func < (lhs: SourceRecordRef, rhs: SourceRecordRef) -> Bool {
        (lhs.supplier.rawValue, lhs.sourceKey) < (rhs.supplier.rawValue, rhs.sourceKey)
    }
}

extension ConfigurationItem {
    /// The supplier and source key of this record.
    public var ref: SourceRecordRef { SourceRecordRef(supplier: supplier, sourceKey: sourceKey) }
}
