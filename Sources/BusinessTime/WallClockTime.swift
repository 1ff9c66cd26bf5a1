/// A local time of day in whole minutes, `00:00` to `24:00` inclusive (24:00 only ends an interval).
public struct WallClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes since local midnight, 0...1440.
    public let minutes: Int

    /// Creates a time, or `nil` outside 00:00...24:00.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (two digits each).
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    /// Seconds since local midnight.
    public var secondsOfDay: Int { minutes * 60 }

    /// `HH:MM`.
    public var description: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
