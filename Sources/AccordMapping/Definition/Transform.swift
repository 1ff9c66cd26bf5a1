/// One step of a field's processing, applied in the order the adapter lists them.
enum Transform: Sendable, Hashable {
    case trim
    case lowercase
    case uppercase
    case number
    case reference
    case display
    /// An Atlassian Document Format document → its plain text (``ADFText``); texts unchanged.
    case adfText
    case first
    case split(String)
    case join(String)
    /// Boxed: the rule is large and transforms are copied per value.
    indirect case timestamp(TimestampRule)

    /// The names adapter files may use.
    static let names = ["trim", "lowercase", "uppercase", "number", "reference", "display", "adfText", "first", "split", "join", "timestamp"]
}
