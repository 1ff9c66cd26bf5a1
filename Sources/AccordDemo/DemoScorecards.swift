import AccordConfig
import AccordCore
import Foundation

/// Prints one OLA scorecard per supplier for `period`: the one place the demo renders figures,
/// so the reconciliation core's renderer can take its place.
///
/// Until then this is a summary read straight from the ledger: per agreement, the tickets whose
/// clocks started in the period and how many response and resolution clocks stopped met or
/// breached (each ticket's latest block only, so recomputed figures replace earlier ones).
public func printScorecards(
    stores: AccordStores, configuration: AccordConfiguration, period: DateInterval, output: @Sendable (String) -> Void
) async throws {
    var tallies: [AgreementID: AgreementTally] = [:]
    for ticket in try await stores.ledger.ticketsWithEntries() {
        let chain = try await stores.ledger.entries(for: ticket)
        let latest = chain.map(\.block).max() ?? 0
        for chained in chain where chained.block == latest {
            tallies[chained.entry.agreementID, default: AgreementTally()].add(chained.entry, ticket: ticket, period: period)
        }
    }
    output("")
    output("OLA scorecards for \(monthName(period)) (from the ledger; met/breached by clocks stopped in the month)")
    output(pad("supplier", 16) + pad("tier", 10) + pad("agreement", 22) + pad("tickets", 8, right: true)
        + pad("response met/breached", 24, right: true) + pad("resolution met/breached", 26, right: true) + pad("compliance", 12, right: true))
    for settings in configuration.suppliers.sorted(by: { $0.supplier.id < $1.supplier.id }) {
        let supplier = settings.supplier
        if supplier.agreements.isEmpty {
            output(pad(supplier.id.rawValue, 16) + pad(supplier.tier.rawValue, 10) + "no OLA (evidence: \(supplier.capabilities.evidence.rawValue))")
        }
        for agreement in supplier.agreements {
            let tally = tallies[agreement.id] ?? AgreementTally()
            output(pad(supplier.id.rawValue, 16) + pad(supplier.tier.rawValue, 10) + pad(agreement.id.rawValue, 22)
                + pad("\(tally.tickets.count)", 8, right: true)
                + pad("\(tally.met[.response, default: 0])/\(tally.breached[.response, default: 0])", 24, right: true)
                + pad("\(tally.met[.resolution, default: 0])/\(tally.breached[.resolution, default: 0])", 26, right: true)
                + pad(tally.compliance.map { String(format: "%.1f%%", $0) } ?? "–", 12, right: true))
        }
    }
    output("")
}

/// Counts for one agreement.
private struct AgreementTally {
    var tickets: Set<TicketID> = []
    var met: [ClockKind: Int] = [:]
    var breached: [ClockKind: Int] = [:]

    mutating func add(_ entry: LedgerEntry, ticket: TicketID, period: DateInterval) {
        guard period.contains(entry.instant) else { return }
        if entry.kind == .started { tickets.insert(ticket) }
        guard entry.kind == .stopped else { return }
        switch entry.reason {
        case "met": met[entry.clock, default: 0] += 1
        case "breached": breached[entry.clock, default: 0] += 1
        default: break
        }
    }

    /// Met clocks as a share of stopped ones (response and resolution together).
    var compliance: Double? {
        let metCount = met.values.reduce(0, +), total = metCount + breached.values.reduce(0, +)
        return total == 0 ? nil : 100 * Double(metCount) / Double(total)
    }
}

private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let space = String(repeating: " ", count: max(1, width - text.count))
    return right ? space + text + "  " : text + space
}

private func monthName(_ period: DateInterval) -> String { String(ServiceNowRecords.text(period.start.addingTimeInterval(43_200)).prefix(7)) }
