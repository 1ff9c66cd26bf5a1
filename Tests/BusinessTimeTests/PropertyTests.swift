import BusinessTime
import Foundation
import Testing

@Suite("Random calendars against the naive minute-stepping reference")
struct PropertyTests {
    static let seeds: [UInt64] = Array(1 ... 300)

    @Test("add, elapsed, isOpen and nextOpening agree with the reference", arguments: seeds)
    func agreesWithReference(seed: UInt64) throws {
        let scenario = RandomScenario(seed: seed)
        let calendar = try BusinessCalendar(scenario.definition)
        let naive = try #require(NaiveBusinessClock(scenario.definition))
        let weekIsEmpty = scenario.definition.week.values.allSatisfy(\.isEmpty)
        if weekIsEmpty { return }

        let due = try calendar.add(scenario.seconds, to: scenario.start)
        let expected = try #require(naive.add(scenario.seconds, to: scenario.start))
        #expect(due == expected, "\(scenario)")
        #expect(calendar.elapsed(from: scenario.start, to: due) == scenario.seconds, "\(scenario)")
        #expect(calendar.elapsed(from: scenario.start, to: scenario.end) == naive.elapsed(from: scenario.start, to: scenario.end), "\(scenario)")
        #expect(calendar.isOpen(at: scenario.start) == naive.isOpen(at: scenario.start), "\(scenario)")
        #expect(calendar.nextOpening(after: scenario.start) == naive.nextOpening(after: scenario.start), "\(scenario)")
        #expect(try calendar.add(0, to: scenario.start) == naive.nextOpening(after: scenario.start), "\(scenario)")
    }
}
