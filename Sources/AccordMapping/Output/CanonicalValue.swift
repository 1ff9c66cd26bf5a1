import AccordCore

/// A checked value of one canonical field.
public enum CanonicalValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case instant(CanonicalInstant)
    case texts([String])
    case identifiers([Identifier])
    case attributes([String: String])
    case changes([CanonicalChange])
}

/// One entry of a ticket event's change log, as the supplier wrote it.
public struct CanonicalChange: Sendable, Hashable {
    public var field: String
    public var from: String?
    public var to: String?

    public init(field: String, from: String?, to: String?) {
        self.field = field
        self.from = from
        self.to = to
    }
}
