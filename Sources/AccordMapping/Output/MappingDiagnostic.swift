/// Why a record (or a whole document) could not be mapped: the adapter, the record's position,
/// the canonical field, the source value and the reason.
///
/// Prints as `servicenow: record 3: field 'openedAt': cannot read '2024-13-01' as a timestamp …`.
public struct MappingDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var adapter: String
    /// 1-based position of the record among those found at its location; `nil` for document errors.
    public var recordIndex: Int?
    /// The canonical field, `nil` for problems with the record or document as a whole.
    public var field: String?
    /// The source value involved, cut to 200 characters.
    public var sourceValue: String?
    public var message: String

    public init(adapter: String, recordIndex: Int? = nil, field: String? = nil, sourceValue: String? = nil, message: String) {
        self.adapter = adapter
        self.recordIndex = recordIndex
        self.field = field
        self.sourceValue = sourceValue.map { $0.count > 200 ? String($0.prefix(200)) + "…" : $0 }
        self.message = message
    }

    public var description: String {
        var parts = [adapter]
        if let recordIndex { parts.append("record \(recordIndex)") }
        if let field { parts.append("field '\(field)'") }
        return parts.joined(separator: ": ") + ": " + message
    }
}
