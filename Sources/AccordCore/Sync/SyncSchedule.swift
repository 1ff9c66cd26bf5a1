import Foundation

/// When scheduled runs are due: a cron expression in the supplier calendar's time zone, or a
/// fixed interval since the last run.
public enum SyncSchedule: Sendable, Hashable {
    case cron(CronExpression, timeZone: TimeZone)
    case interval(TimeInterval)

    /// The first due instant strictly after `date`.
    public func next(after date: Date) -> Date? {
        switch self {
        case .interval(let seconds): date.addingTimeInterval(seconds)
        case .cron(let expression, let zone): expression.next(after: date, in: zone)
        }
    }

    /// How long a healthy feed may go without a successful run: two periods (one missed run is
    /// tolerated before the feed counts as overdue).
    public func allowedAge(at now: Date) -> TimeInterval {
        switch self {
        case .interval(let seconds):
            return 2 * seconds
        case .cron:
            guard let first = next(after: now), let second = next(after: first) else { return 2 * 86_400 }
            return 2 * second.timeIntervalSince(first)
        }
    }
}
