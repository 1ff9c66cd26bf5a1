import AccordConnectors
import AccordCore
import Foundation

extension LedgerRecorder {
    /// The recorder as a delivery's ledger plan: each changed ticket's ledger is derived as of
    /// `now()` and written in the delivery's own transaction.
    public func deliveryPlanner(now: @escaping @Sendable () -> Date) -> any TicketLedgerPlanner {
        DeliveryLedgerPlanner(recorder: self, now: now)
    }
}

private struct DeliveryLedgerPlanner: TicketLedgerPlanner {
    let recorder: LedgerRecorder
    let now: @Sendable () -> Date

    func prepare() async throws -> TicketLedgerPlan {
        let versions = try await recorder.compiledCalendars().versions
        let instant = now()
        return TicketLedgerPlan { [recorder] ticket, events, chain, cause in
            recorder.plan(ticket: ticket, events: events, existing: chain, versions: versions, now: instant, cause: cause).1
        }
    }
}
