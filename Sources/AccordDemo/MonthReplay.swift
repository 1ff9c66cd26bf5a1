import AccordCore
import Foundation

/// Replays a synthetic month through the hub's real paths in time order, moving the demo clock
/// to each instant first: desk steps through TMF621, NetNova steps as signed webhooks, and at
/// 02:00 every night the pulls, the file drop and the status feed (``NightlyPull``). Stratus'
/// tickets need no action of their own: its simulated ServiceNow shows them as of the clock.
struct MonthReplay: Sendable {
    let month: SyntheticMonth
    let clock: DemoClock
    let desk: ServiceDeskSimulator
    let jira: JiraSimulator
    let nightly: NightlyPull
    /// Waits until the hub's inbox worker has applied every accepted webhook.
    let drainInbox: @Sendable () async throws -> Void

    private enum Action {
        case step(ticket: Int, step: Int)
        case night(Date, previous: Date)
    }

    func run(progress: @Sendable (String) -> Void) async throws {
        var actions: [(at: Date, order: Int, action: Action)] = []
        for (index, ticket) in month.tickets.enumerated() {
            for stepIndex in ticket.steps.indices { actions.append((ticket.steps[stepIndex].at, actions.count, .step(ticket: index, step: stepIndex))) }
        }
        let nights = Self.nights(of: month.period)
        for (index, night) in nights.enumerated() {
            actions.append((night, actions.count, .night(night, previous: index == 0 ? month.period.start : nights[index - 1])))
        }
        actions.sort { ($0.at, $0.order) < ($1.at, $1.order) }

        var nightsDone = 0
        for (at, _, action) in actions {
            clock.advance(to: at)
            switch action {
            case .step(let ticketIndex, let stepIndex):
                let ticket = month.tickets[ticketIndex]
                switch ticket.route {
                case .desk: try await desk.perform(ticket.steps[stepIndex], of: ticket)
                case .netnova: try await jira.send(ticket.steps[stepIndex], of: ticket, stepIndex: stepIndex, now: clock.now())
                case .stratusAPI, .stratusFile: break
                }
            case .night(let night, let previous):
                // The pulls apply through their own processor: let the worker finish the webhooks first.
                try await drainInbox()
                try await nightly.run(night: night, previousNight: previous)
                nightsDone += 1
                if nightsDone % 7 == 0 || nightsDone == nights.count {
                    progress("  \(ServiceNowRecords.text(night).prefix(10)): \(nightsDone) of \(nights.count) nights replayed")
                }
            }
        }
        try await drainInbox()
    }

    /// 02:00 Europe/London after each day of the period (the last one just after it ends).
    static func nights(of period: DateInterval) -> [Date] {
        var nights: [Date] = []
        var day = period.start
        while day < period.end {
            let next = WorkingHours.ukOffice.calendar.date(byAdding: .day, value: 1, to: day) ?? period.end
            nights.append(WorkingHours.ukOffice.instant(day: next, minuteOfDay: 120))
            day = next
        }
        return nights
    }
}
