import AccordCore
import AccordLedger
import Foundation

/// Flattens a ticket's current ledger block into ``ClockRecord``s, one per agreement × clock × cycle.
///
/// Priorities come from the ledger itself: a `started` entry's reason is the priority it started
/// with, a `targetChanged` reason ends with the new one (`P3 28800 -> P1 3600`). A `reopened` entry
/// under `continue` or `fromOriginalStart` undoes the stop (the clock runs again); under `restart`
/// the stopped cycle stays measured and the next cycle is a record of its own.
public enum ClockRecords {
    public static func from(currentBlock entries: [LedgerEntry], service: ServiceID?) -> [ClockRecord] {
        var order: [Key] = []
        var records: [Key: ClockRecord] = [:]
        for entry in entries where entry.kind != .recomputed {
            let key = Key(agreement: entry.agreementID, clock: entry.clock, cycle: entry.cycle)
            guard var record = records[key] ?? start(entry, service: service) else { continue }
            if records[key] == nil { order.append(key) }
            apply(entry, to: &record)
            records[key] = record
        }
        return order.compactMap { records[$0] }
    }

    private static func start(_ entry: LedgerEntry, service: ServiceID?) -> ClockRecord? {
        guard entry.kind == .started else { return nil }
        return ClockRecord(
            ticketID: entry.ticketID, agreementID: entry.agreementID, clock: entry.clock, cycle: entry.cycle,
            priority: entry.reason.flatMap(Priority.init(text:)), service: service, startedAt: entry.instant,
            elapsed: entry.elapsed, target: entry.target
        )
    }

    private static func apply(_ entry: LedgerEntry, to record: inout ClockRecord) {
        record.elapsed = entry.elapsed
        record.target = entry.target
        switch entry.kind {
        case .targetChanged:
            record.priority = newPriority(entry.reason)
            // A raised target re-arms the breach; a breach still beyond the new target stands.
            if let breachedAt = record.breachedAt, !(entry.target.map { entry.elapsed > $0 } ?? false), breachedAt <= entry.instant {
                record.breachedAt = nil
            }
        case .breached:
            if record.breachedAt == nil { record.breachedAt = entry.instant }
        case .stopped:
            record.stoppedAt = entry.instant
            record.outcome = entry.reason.flatMap(ClockOutcome.init(rawValue:))
            record.stopEvent = entry.causingEvent
        case .reopened:
            if entry.reason != ReopenPolicy.restart.rawValue {
                record.stoppedAt = nil
                record.outcome = nil
                record.stopEvent = nil
            }
        case .started, .paused, .resumed, .warned, .recomputed:
            break
        }
    }

    /// `P3 28800 -> P1 3600` → P1; `… -> none none` → nil.
    private static func newPriority(_ reason: String?) -> Priority? {
        guard let reason, let arrow = reason.range(of: "-> ") else { return nil }
        let text = reason[arrow.upperBound...].split(separator: " ").first.map(String.init) ?? ""
        return Priority(text: text)
    }

    private struct Key: Hashable {
        let agreement: AgreementID
        let clock: ClockKind
        let cycle: Int
    }
}
