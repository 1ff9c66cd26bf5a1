import AccordCore
import AccordMapping
import Foundation

/// Clock records of every ticket, by agreement and start month, kept up to date one ticket at a time.
///
/// A new event changes one ticket's records: ``replace(ticket:with:)`` swaps them without touching
/// the rest. A period's scorecard reads only the start months that can overlap it: a month whose
/// records all stopped before the period began is skipped, so a monthly scorecard after an update
/// costs about one month of records, not a re-derivation or a scan of every ticket.
public struct ScorecardIndex: Sendable {
    private struct Bucket: Sendable {
        var records: [TicketID: [ClockRecord]] = [:]
        /// The latest stop among the bucket's records (`distantFuture` while one is open). Never
        /// lowered on removal, so it may only over-estimate: skipping stays safe.
        var latestStop = Date.distantPast
    }

    private var buckets: [AgreementID: [Int: Bucket]] = [:]
    /// Where each ticket's records are: agreement → start months.
    private var locations: [TicketID: [AgreementID: Set<Int>]] = [:]

    public init(records: [ClockRecord] = []) {
        for (ticket, list) in Dictionary(grouping: records, by: \.ticketID) { insert(ticket, list) }
    }

    /// Replaces every record of `ticket` (under any agreement) with `records`.
    public mutating func replace(ticket: TicketID, with records: [ClockRecord]) {
        for (agreement, months) in locations[ticket] ?? [:] {
            for month in months { buckets[agreement]?[month]?.records[ticket] = nil }
        }
        locations[ticket] = nil
        insert(ticket, records)
    }

    /// Open clocks (not stopped) live in one bucket of their own, so that a few long-open tickets
    /// do not make every start month overlap every later period.
    private static let openBucket = Int.max

    private mutating func insert(_ ticket: TicketID, _ records: [ClockRecord]) {
        for record in records {
            let month = record.stoppedAt == nil ? Self.openBucket : Self.monthKey(record.startedAt)
            // Mutated in place through the nested subscripts: no copy of a bucket per insert.
            buckets[record.agreementID, default: [:]][month, default: Bucket()].records[ticket, default: []].append(record)
            let stop = record.stoppedAt ?? .distantFuture
            if stop > buckets[record.agreementID]![month]!.latestStop { buckets[record.agreementID]![month]!.latestStop = stop }
            locations[ticket, default: [:]][record.agreementID, default: []].insert(month)
        }
    }

    /// Every record under `agreement`.
    public func records(of agreement: AgreementID) -> [ClockRecord] {
        records(of: agreement, overlapping: .distantPast, .distantFuture)
    }

    /// The records under `agreement` whose clocks ran at some time in `[start, end)` (and possibly a few more).
    public func records(of agreement: AgreementID, overlapping start: Date, _ end: Date) -> [ClockRecord] {
        Array(lazyRecords(of: agreement, overlapping: start, end))
    }

    /// The same records without copying them into an array.
    private func lazyRecords(of agreement: AgreementID, overlapping start: Date, _ end: Date) -> some Sequence<ClockRecord> {
        let lastMonth = end == .distantFuture ? Int.max - 1 : Self.monthKey(end)
        return (buckets[agreement] ?? [:]).lazy
            .filter { month, bucket in month == Self.openBucket || (month <= lastMonth && bucket.latestStop >= start) }
            .flatMap { $0.value.records.values.lazy.joined() }
    }

    /// The records of one ticket under every agreement.
    public func records(of ticket: TicketID) -> [ClockRecord] {
        (locations[ticket] ?? [:]).flatMap { agreement, months in
            months.flatMap { buckets[agreement]?[$0]?.records[ticket] ?? [] }
        }
    }

    public var ticketCount: Int { locations.count }

    public func scorecard(
        agreement: Agreement, period: ReportPeriod, evidence: EvidenceStatement? = nil, availability: AvailabilityFigures? = nil
    ) -> Scorecard {
        ScorecardCalculator.scorecard(
            agreement: agreement, records: lazyRecords(of: agreement.id, overlapping: period.start, period.end), period: period,
            evidence: evidence, availability: availability
        )
    }

    /// Months since year 0 in UTC. Monotonic in the instant, so a record that started before a
    /// period's end has a key at most the end's key, whatever the period's time zone.
    static func monthKey(_ date: Date) -> Int {
        guard date != .distantFuture, date != .distantPast else { return date == .distantPast ? Int.min : Int.max }
        let civil = CivilDate(daysSinceEpoch: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        return Int(civil.year * 12 + (civil.month - 1))
    }
}
