/// Impact or urgency level used by a service's priority matrix: 1 high, 2 medium, 3 low.
public enum SeverityLevel: Int, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case high = 1, medium, low

    public var description: String { String(describing: name) }

    /// The level's name as written in configuration files.
    public var name: String {
        switch self {
        case .high: "high"
        case .medium: "medium"
        case .low: "low"
        }
    }

    /// Parses `high`/`medium`/`low` or `1`/`2`/`3`.
    public init?(text: String) {
        if let number = Int(text), let level = SeverityLevel(rawValue: number) {
            self = level
            return
        }
        guard let level = SeverityLevel.allCases.first(where: { $0.name == text.lowercased() }) else { return nil }
        self = level
    }

    public static func < (lhs: SeverityLevel, rhs: SeverityLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How widely an incident affects the business.
public typealias Impact = SeverityLevel
/// How quickly the business needs a resolution.
public typealias Urgency = SeverityLevel
