import AccordCore
import Testing

@Suite("PriorityMatrix")
struct PriorityMatrixTests {
    @Test("the standard matrix is the ITIL textbook table",
          arguments: [
              (Impact.high, Urgency.high, Priority.p1), (.high, .medium, .p2), (.high, .low, .p3),
              (.medium, .high, .p2), (.medium, .medium, .p3), (.medium, .low, .p4),
              (.low, .high, .p3), (.low, .medium, .p4), (.low, .low, .p5),
          ])
    func standard(impact: Impact, urgency: Urgency, expected: Priority) {
        #expect(PriorityMatrix.standard.priority(impact: impact, urgency: urgency) == expected)
    }

    @Test("a complete table gives back each of its cells, not the standard ones")
    func customTable() throws {
        var table: [Impact: [Urgency: Priority]] = [:]
        for impact in Impact.allCases {
            for urgency in Urgency.allCases { table[impact, default: [:]][urgency] = .p5 }
        }
        table[.low]?[.high] = .p1
        let matrix = try #require(PriorityMatrix(table))
        #expect(matrix.priority(impact: .low, urgency: .high) == .p1)
        #expect(matrix.priority(impact: .high, urgency: .low) == .p5)
        #expect(matrix.priority(impact: .high, urgency: .high) == .p5)
    }

    @Test("a table missing any impact × urgency pair makes no matrix")
    func incomplete() {
        for impact in Impact.allCases {
            for urgency in Urgency.allCases {
                var table = Self.standardTable
                table[impact]?[urgency] = nil
                #expect(PriorityMatrix(table) == nil, "missing \(impact) × \(urgency)")
            }
        }
        #expect(PriorityMatrix([:]) == nil)
        #expect(PriorityMatrix(Self.standardTable) == .standard)
    }

    static let standardTable: [Impact: [Urgency: Priority]] = [
        .high: [.high: .p1, .medium: .p2, .low: .p3],
        .medium: [.high: .p2, .medium: .p3, .low: .p4],
        .low: [.high: .p3, .medium: .p4, .low: .p5],
    ]
}
