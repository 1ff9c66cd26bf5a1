import AccordCore
import Testing

@Suite("Priority and severity parsing")
struct PriorityAndSeverityTests {
    @Test("priorities parse from P-form in any case or a bare digit",
          arguments: [("P1", Priority.p1), ("p3", .p3), ("P5", .p5), ("2", .p2), ("4", .p4)])
    func parsesPriority(text: String, expected: Priority) {
        #expect(Priority(text: text) == expected)
    }

    @Test("priorities outside P1–P5 are refused", arguments: ["", "P", "P0", "P6", "PP1", "high", "-1", "P1.5"])
    func rejectsPriority(text: String) {
        #expect(Priority(text: text) == nil)
    }

    @Test("priority text round-trips and P1 sorts first")
    func priorityText() {
        for priority in Priority.allCases {
            #expect(Priority(text: priority.description) == priority)
        }
        #expect(Priority.allCases.sorted(by: >).first == .p5)
        #expect(Priority.p1 < .p2)
    }

    @Test("severity levels parse from names in any case or 1–3",
          arguments: [("high", SeverityLevel.high), ("MEDIUM", .medium), ("Low", .low), ("1", .high), ("3", .low)])
    func parsesSeverity(text: String, expected: SeverityLevel) {
        #expect(SeverityLevel(text: text) == expected)
    }

    @Test("other severity text is refused", arguments: ["", "0", "4", "urgent", "hi", "P1"])
    func rejectsSeverity(text: String) {
        #expect(SeverityLevel(text: text) == nil)
    }

    @Test("severity names are the configuration spelling")
    func severityNames() {
        #expect(SeverityLevel.allCases.map(\.description) == ["high", "medium", "low"])
    }
}
