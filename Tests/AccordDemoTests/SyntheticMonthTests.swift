import AccordCore
import Foundation
import Testing

@testable import AccordDemo

@Suite("Synthetic month")
struct SyntheticMonthTests {
    let october = SyntheticMonth.Parameters(year: 2026, month: 10, tickets: 300, seed: 7)

    @Test("the same parameters give the same month")
    func deterministic() {
        let first = SyntheticMonth.generate(october), second = SyntheticMonth.generate(october)
        #expect(first.tickets == second.tickets)
        #expect(first.notices == second.notices)
        #expect(SyntheticMonth.generate(SyntheticMonth.Parameters(year: 2026, month: 10, tickets: 300, seed: 8)).tickets != first.tickets)
    }

    @Test("every history is a valid life cycle inside the month, in time order")
    func validHistories() throws {
        let month = SyntheticMonth.generate(october)
        #expect(month.period.start == Date(timeIntervalSince1970: 1_790_809_200))  // 2026-10-01T00:00+01:00
        #expect(Set(month.tickets.map(\.key)).count == month.tickets.count)
        for ticket in month.tickets {
            let first = try #require(ticket.steps.first)
            #expect(first.change == .opened, "\(ticket.key)")
            #expect(month.period.contains(first.at), "\(ticket.key)")
            var state: SyntheticState?
            for (previous, step) in zip([nil] + ticket.steps.map(Optional.some), ticket.steps) {
                if let previous { #expect(previous.at <= step.at, "\(ticket.key) steps out of order") }
                #expect(step.at < month.period.end, "\(ticket.key) step after the month")
                state = step.change.state(after: state)
                #expect(state != nil, "\(ticket.key): \(step.change) is not allowed there")
            }
        }
        for notice in month.notices { #expect(notice.start < notice.end) }
    }

    @Test("the month has every route, priority and behaviour the demo shows")
    func coverage() {
        let month = SyntheticMonth.generate(october)
        #expect(Set(month.tickets.map(\.route)) == Set(SyntheticTicket.Route.allCases))
        #expect(Set(month.tickets.map(\.priority)) == [.p1, .p2, .p3, .p4])
        let changes = month.tickets.flatMap { $0.steps.map(\.change) }
        #expect(changes.contains(.pendingCustomer))
        #expect(changes.contains(.reopened))
        #expect(changes.contains(.handedTo(.netnova)) && changes.contains(.handedTo(.frontlineDesk)))
        // Escalated desk tickets link to a NetNova issue that opens after the hand-over.
        let byKey = Dictionary(uniqueKeysWithValues: month.tickets.map { ($0.key, $0) })
        let escalated = month.tickets.filter { $0.escalatedTo != nil }
        #expect(!escalated.isEmpty)
        for desk in escalated {
            let issue = byKey[desk.escalatedTo ?? ""]
            let handOver = desk.steps.first { $0.change == .handedTo(.netnova) }?.at
            #expect(issue?.route == .netnova)
            #expect((issue?.steps.first?.at).map { $0 > (handOver ?? .distantFuture) } == true)
        }
        // Mostly UK business hours for the desk.
        let desk = month.tickets.filter { $0.route == .desk }
        let inHours = desk.filter { WorkingHours.ukOffice.isOpen($0.steps[0].at) }
        #expect(Double(inHours.count) / Double(desk.count) > 0.75)
    }

    @Test("working hours skip nights and weekends")
    func workingHours() {
        // Friday 2026-10-02 17:30 London (16:30Z) + 60 working minutes = Monday 08:30 London (07:30Z).
        let friday = Date(timeIntervalSince1970: 1_790_958_600)
        #expect(WorkingHours.ukOffice.advance(friday, minutes: 60) == Date(timeIntervalSince1970: 1_791_185_400))
        #expect(WorkingHours.always.advance(friday, minutes: 60) == friday.addingTimeInterval(3_600))
    }
}
