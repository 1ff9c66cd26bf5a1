import Foundation

/// The effective-dated versions of one business calendar.
///
/// A clock keeps the version in force when it started for its whole life, so editing a calendar
/// (adding a holiday, changing hours) never moves deadlines of clocks already running.
public struct CalendarVersions: Sendable, Equatable {
    /// The versions, ordered by `effectiveFrom` ascending.
    public let versions: [CalendarVersion]

    /// Orders the versions, failing when two take effect at the same instant.
    public init(_ versions: [CalendarVersion]) throws(BusinessTimeError) {
        let sorted = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.effectiveFrom == later.effectiveFrom {
            throw .duplicateEffectiveDate(later.effectiveFrom)
        }
        self.versions = sorted
    }

    /// The version in force at `start`: the latest whose `effectiveFrom` is at or before it, or
    /// `nil` when the clock started before the first version took effect.
    public func version(forClockStartedAt start: Date) -> CalendarVersion? {
        var low = 0
        var high = versions.count
        while low < high {
            let middle = (low + high) / 2
            if versions[middle].effectiveFrom <= start { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : versions[low - 1]
    }
}
