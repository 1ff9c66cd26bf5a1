/// A rule's `when`: a value and a test it must pass for the rule to apply to a record.
struct RecordCondition: Sendable, Hashable {
    enum Test: Sendable, Hashable {
        case equals(String)
        case oneOf([String])
        case prefix(String)
        case exists(Bool)
    }

    var value: FieldSpec
    var test: Test
}
