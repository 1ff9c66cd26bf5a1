/// Ticket priority, P1 (critical) to P5 (planning). Lower raw value is more urgent.
public enum Priority: Int, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case p1 = 1, p2, p3, p4, p5

    public var description: String { "P\(rawValue)" }

    /// Parses `P1`…`P5` (any case) or `1`…`5`.
    public init?(text: String) {
        let digits = text.uppercased().hasPrefix("P") ? String(text.dropFirst()) : text
        guard let number = Int(digits), let priority = Priority(rawValue: number) else { return nil }
        self = priority
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
}
