/// A stretch of local wall-clock working time within one day, such as `08:00-18:00`.
///
/// Intervals never cross midnight: `start < end`, and `end` may be `24:00`.
public struct WorkingInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: WallClockTime
    public let end: WallClockTime

    /// Creates an interval, or `nil` unless `start < end`.
    public init?(start: WallClockTime, end: WallClockTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM`, or explains why it cannot.
    public static func parse(_ text: String) -> Result<WorkingInterval, IntervalParseError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let start = WallClockTime(text: String(parts[0])), let end = WallClockTime(text: String(parts[1])) else {
            return .failure(.malformed(text))
        }
        guard start.minutes < 1440 else { return .failure(.malformed(text)) }
        guard let interval = WorkingInterval(start: start, end: end) else { return .failure(.endNotAfterStart(text)) }
        return .success(interval)
    }

    /// Length in seconds of wall-clock time (before any DST adjustment).
    public var wallClockSeconds: Int { (end.minutes - start.minutes) * 60 }

    /// `HH:MM-HH:MM`.
    public var description: String { "\(start)-\(end)" }
}

/// Why a working interval's text was rejected.
public enum IntervalParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)
    case endNotAfterStart(String)

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not an interval of the form HH:MM-HH:MM (00:00 to 24:00)"
        case .endNotAfterStart(let text):
            "interval '\(text)' must end after it starts; intervals never cross midnight (split it into two days)"
        }
    }
}
