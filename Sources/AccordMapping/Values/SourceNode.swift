/// A value read from a supplier document, before mapping: the common tree that JSON, XML and
/// CSV readers produce and that paths are evaluated against.
///
/// Not `indirect`: arrays, objects and elements already live on the heap, and boxing every string
/// and number as well cost one allocation per value.
enum SourceNode: Sendable {
    case null
    case bool(Bool)
    /// A JSON number, kept as the text the supplier wrote so that no precision is lost.
    case number(String)
    case string(String)
    case array([SourceNode])
    case object(SourceObject)
    case element(XMLElementNode)

    /// The node's text when it is a single value: strings, numbers, booleans, and XML elements
    /// without child elements. `nil` for null and for structures.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .element(let element): element.hasChildren ? nil : element.text
        case .null, .array, .object: nil
        }
    }

    /// A short description of the node's kind for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a text"
        case .array: "a list"
        case .object: "an object"
        case .element(let element): element.hasChildren ? "an element with child elements" : "a text"
        }
    }
}
