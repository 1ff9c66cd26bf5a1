import AccordCore
import BusinessTime
import Foundation

/// Availability of a service over a period, from its vendors' status notices.
public struct AvailabilityFigures: Sendable, Hashable, Codable {
    /// Business seconds of the service's hours of service in the period.
    public var serviceSeconds: Int
    /// Business seconds inside those hours covered by at least one counted notice.
    public var downtimeSeconds: Int
    /// `(service − downtime) ÷ service × 100`, rounded half-up to three decimals; `nil` without service hours.
    public var availabilityPercent: Decimal?
    public var targetPercent: Decimal?
    /// Whether the availability reaches the target (`nil` without a target or a figure).
    public var isMet: Bool?
    /// The notices that counted, with the business seconds each covered in the period (overlaps count once in the total).
    public var notices: [CountedNotice]

    public struct CountedNotice: Sendable, Hashable, Codable {
        public var supplier: SupplierID
        public var noticeID: String
        public var title: String
        public var from: Date
        public var to: Date
        public var businessSeconds: Int
    }
}

/// Counts vendor incidents against a service's hours of service.
///
/// A notice counts when its classification is `incident` (advisories do not) and its status is not
/// `falsePositive`. It covers `[startedAt, endedAt)`; a notice without an end is still open and
/// covers up to the end of the period. Overlapping notices count once.
public enum AvailabilityCalculator {
    public static func availability(
        notices: [StatusNotice], period: ReportPeriod, hoursOfService: BusinessCalendar, targetPercent: Decimal?
    ) -> AvailabilityFigures {
        let serviceSeconds = hoursOfService.elapsed(from: period.start, to: period.end)
        var counted: [AvailabilityFigures.CountedNotice] = []
        var intervals: [(Date, Date)] = []
        for notice in notices where counts(notice) {
            guard let started = notice.startedAt else { continue }
            let from = max(started, period.start)
            let to = min(notice.endedAt ?? period.end, period.end)
            guard from < to else { continue }
            intervals.append((from, to))
            counted.append(.init(
                supplier: notice.supplier, noticeID: notice.noticeID, title: notice.title, from: from, to: to,
                businessSeconds: hoursOfService.elapsed(from: from, to: to)
            ))
        }
        let downtime = merge(intervals).reduce(0) { $0 + hoursOfService.elapsed(from: $1.0, to: $1.1) }
        var percent: Decimal?
        if serviceSeconds > 0 {
            percent = Percent.rounded(Decimal(serviceSeconds - downtime) * 100 / Decimal(serviceSeconds), scale: 3)
        }
        let isMet: Bool? = if let percent, let targetPercent { percent >= targetPercent } else { nil }
        return AvailabilityFigures(
            serviceSeconds: serviceSeconds, downtimeSeconds: downtime, availabilityPercent: percent, targetPercent: targetPercent,
            isMet: isMet, notices: counted.sorted { ($0.from, $0.noticeID) < ($1.from, $1.noticeID) }
        )
    }

    /// Incidents count; advisories and false positives do not.
    public static func counts(_ notice: StatusNotice) -> Bool {
        notice.classification?.lowercased() == "incident" && notice.status?.lowercased() != "falsepositive"
    }

    private static func merge(_ intervals: [(Date, Date)]) -> [(Date, Date)] {
        var merged: [(Date, Date)] = []
        for interval in intervals.sorted(by: { $0.0 < $1.0 }) {
            if let last = merged.last, interval.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, interval.1)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }
}
