/// Mean, median and nearest-rank percentiles of a list of business durations in seconds.
public struct DurationStatistics: Sendable {
    private let sorted: [Int]

    public init(_ values: [Int]) {
        sorted = values.sorted()
    }

    public var mean: Double? {
        sorted.isEmpty ? nil : Double(sorted.reduce(0, +)) / Double(sorted.count)
    }

    /// The middle value; for an even count the mean of the two middle values.
    public var median: Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Nearest rank: the value at position ⌈p/100 × n⌉ (1-based) of the sorted values.
    public func percentile(_ p: Int) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let rank = max(1, (p * sorted.count + 99) / 100)
        return sorted[min(rank, sorted.count) - 1]
    }
}
