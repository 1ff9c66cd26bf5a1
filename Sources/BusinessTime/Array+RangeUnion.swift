extension Array where Element == Range<Int> {
    /// The same set of seconds as sorted, disjoint, non-touching ranges.
    func unioned() -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound ..< Swift.max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Total seconds covered (the ranges must be disjoint).
    var totalLength: Int { reduce(0) { $0 + $1.count } }

    /// Seconds covered at or after `start`.
    func length(from start: Int) -> Int {
        reduce(0) { $0 + Swift.max(0, $1.upperBound - Swift.max($1.lowerBound, start)) }
    }

    /// Seconds covered before `end`.
    func length(before end: Int) -> Int {
        reduce(0) { $0 + Swift.max(0, Swift.min($1.upperBound, end) - $1.lowerBound) }
    }

    /// The first second of the `ordinal`-th covered second at or after `start` (1 = the first),
    /// or `nil` when the ranges cover fewer seconds than that.
    func startOfSecond(_ ordinal: Int, from start: Int) -> Int? {
        var remaining = ordinal
        for range in self where range.upperBound > start {
            let lower = Swift.max(range.lowerBound, start)
            let length = range.upperBound - lower
            if remaining <= length { return lower + remaining - 1 }
            remaining -= length
        }
        return nil
    }
}

extension Sequence where Element == WorkingInterval {
    /// Seconds-of-day ranges of these intervals, merged where they overlap or touch.
    func mergedSecondsOfDay() -> [Range<Int>] {
        map { $0.start.secondsOfDay ..< $0.end.secondsOfDay }.unioned()
    }
}
