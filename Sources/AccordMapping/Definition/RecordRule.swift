/// One `records:` entry: where records of one type are in a document and how their fields map.
struct RecordRule: Sendable {
    /// An identifier entry: its kind and where its value comes from.
    final class IdentifierSpec: Sendable {
        let kind: String
        let value: FieldSpec

        init(kind: String, value: FieldSpec) {
            self.kind = kind
            self.value = value
        }
    }

    /// A `changes:` spec: a relative location of change entries and the three values of each.
    struct ChangesSpec: Sendable {
        var at: SourcePath
        var field: FieldSpec
        var from: FieldSpec
        var to: FieldSpec
    }

    /// One canonical field and its spec. Immutable classes rather than tuples or structs: the
    /// mapper walks these once per record, and a reference is one retain where copying a spec
    /// (paths, transforms, map) is many.
    final class FieldRule: Sendable {
        let field: CanonicalField
        let spec: FieldSpec

        init(field: CanonicalField, spec: FieldSpec) {
            self.field = field
            self.spec = spec
        }
    }

    /// One attribute and its spec.
    final class AttributeRule: Sendable {
        let name: String
        let spec: FieldSpec

        init(name: String, spec: FieldSpec) {
            self.name = name
            self.spec = spec
        }
    }

    var recordType: CanonicalRecordType
    var format: SourceFormat
    var at: SourcePath
    var condition: RecordCondition?
    /// Further `when` conditions (a `when` written as a list): all must hold too.
    var moreConditions: [RecordCondition] = []
    /// Scalar and list fields in printing order.
    var fields: [FieldRule]
    var identifiers: [IdentifierSpec]
    /// Attribute name → spec, sorted by name.
    var attributes: [AttributeRule]
    var changes: ChangesSpec?
}
