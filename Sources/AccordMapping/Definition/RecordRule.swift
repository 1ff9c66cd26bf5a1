/// One `records:` entry: where records of one type are in a document and how their fields map.
struct RecordRule: Sendable {
    /// An identifier entry: its kind and where its value comes from.
    struct IdentifierSpec: Sendable {
        var kind: String
        var value: FieldSpec
    }

    /// A `changes:` spec: a relative location of change entries and the three values of each.
    struct ChangesSpec: Sendable {
        var at: SourcePath
        var field: FieldSpec
        var from: FieldSpec
        var to: FieldSpec
    }

    var recordType: CanonicalRecordType
    var format: SourceFormat
    var at: SourcePath
    var condition: RecordCondition?
    /// Scalar and list fields in printing order.
    var fields: [(CanonicalField, FieldSpec)]
    var identifiers: [IdentifierSpec]
    /// Attribute name → spec, sorted by name.
    var attributes: [(String, FieldSpec)]
    var changes: ChangesSpec?
}
