/// Derives a ticket's priority from its impact and urgency.
///
/// Complete by construction: every impact × urgency pair has a priority.
public struct PriorityMatrix: Sendable, Hashable, Codable {
    /// Rows by impact, columns by urgency (both ordered high, medium, low).
    private var cells: [[Priority]]

    /// Creates a matrix, or `nil` when `table` misses an impact × urgency pair.
    public init?(_ table: [Impact: [Urgency: Priority]]) {
        var cells: [[Priority]] = []
        for impact in Impact.allCases {
            var row: [Priority] = []
            for urgency in Urgency.allCases {
                guard let priority = table[impact]?[urgency] else { return nil }
                row.append(priority)
            }
            cells.append(row)
        }
        self.cells = cells
    }

    /// The ITIL textbook matrix: high×high is P1, low×low is P5.
    public static let standard = PriorityMatrix(uncheckedCells: [[.p1, .p2, .p3], [.p2, .p3, .p4], [.p3, .p4, .p5]])

    private init(uncheckedCells: [[Priority]]) { cells = uncheckedCells }

    /// The priority for an impact and urgency.
    public func priority(impact: Impact, urgency: Urgency) -> Priority {
        cells[impact.rawValue - 1][urgency.rawValue - 1]
    }
}
