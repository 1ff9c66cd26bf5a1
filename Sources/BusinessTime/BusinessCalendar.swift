import Foundation

/// A compiled business calendar that measures and adds business time in whole seconds.
///
/// Business time is the set of instants inside a working interval of the local day they belong
/// to. Working intervals are local wall-clock times in the calendar's time zone, so:
/// - on a spring-forward day the skipped hour does not exist (`00:00-24:00` lasts 23 hours), and
///   an interval boundary inside the skipped hour maps to the transition instant;
/// - on a fall-back day the repeated hour counts twice (`00:00-24:00` lasts 25 hours): a start
///   inside the repeated hour uses its first occurrence and an end uses its second occurrence, so
///   the whole wall-clock span counts. Two intervals that both touch the repeated hour may
///   therefore overlap in real time; the overlap counts once.
///
/// A holiday replaces the weekday's intervals on its date with its `hours`, or closes the day.
///
/// Business time is counted in whole seconds: the second `[n, n + 1)` (seconds since 1970) is
/// business time or not, as a whole, and only seconds that lie entirely between two instants
/// count between them. A fractional start instant is therefore rounded up and a fractional end
/// rounded down, for `add` and `elapsed` alike, so `elapsed(from: t, to: add(s, to: t)) == s`.
///
/// Each operation costs O(log holidays + offset transitions in the span): whole weeks are skipped
/// arithmetically and only days that contain a DST transition are examined one by one.
/// Supported instants are 0001-01-01...9999-12-31 UTC; instants outside are clamped.
public struct BusinessCalendar: Sendable, Equatable {
    /// The definition this calendar was compiled from.
    public let definition: CalendarDefinition
    /// The calendar's time zone.
    public let timeZone: TimeZone

    let timeline: ZoneTimeline
    let schedule: NominalSchedule

    /// Compiles a definition, failing for an unknown time zone or two holidays on one date.
    ///
    /// Overlapping or touching intervals of one day are merged.
    public init(_ definition: CalendarDefinition) throws(BusinessTimeError) {
        guard let timeZone = TimeZone(identifier: definition.timeZoneIdentifier) else {
            throw .unknownTimeZone(definition.timeZoneIdentifier)
        }
        let week = WeekSchedule(definition)
        self.definition = definition
        self.timeZone = timeZone
        timeline = ZoneTimeline(timeZone: timeZone)
        schedule = NominalSchedule(week: week, holidays: try HolidayIndex(definition.holidays, week: week))
    }

    /// The calendar's identifier, from its definition.
    public var id: String { definition.id }

    /// The earliest instant by which `seconds` of business time have passed since `instant`.
    ///
    /// Counting starts at `instant`, or at the next opening when closed then. A target used up
    /// exactly at a closing time is due at that closing time. Adding 0 returns `instant` itself
    /// when open, else the next opening. For positive `seconds` the result is a whole second.
    /// - Throws: `negativeDuration`, `noWorkingTime` when the calendar never opens again, or
    ///   `outOfSupportedRange` when the result would fall after 9999-12-31.
    public func add(_ seconds: Int, to instant: Date) throws(BusinessTimeError) -> Date {
        guard seconds >= 0 else { throw .negativeDuration(seconds) }
        guard seconds > 0 else { return try opening(atOrAfter: instant) }
        guard seconds <= WholeSeconds.longestDuration else { throw .outOfSupportedRange }
        let last = try startOfBusinessSecond(seconds, from: instant.wholeSecondsRoundedUp)
        return Date(wholeSeconds: last + 1)
    }

    /// Whole business seconds between two instants; 0 when `end` is not after `start`.
    public func elapsed(from start: Date, to end: Date) -> Int {
        businessSeconds(from: start.wholeSecondsRoundedUp, to: end.wholeSecondsRoundedDown)
    }

    /// `instant` itself when the calendar is open then, else the first instant after it at which
    /// the calendar opens; `nil` when it never opens again (before 9999-12-31).
    public func nextOpening(after instant: Date) -> Date? {
        try? opening(atOrAfter: instant)
    }

    /// Whether `instant` is business time (a working interval includes its start, not its end).
    public func isOpen(at instant: Date) -> Bool {
        let second = instant.wholeSecondsRoundedDown
        return businessRanges(onDay: timeline.day(containing: second)).contains { $0.contains(second) }
    }

    /// Two calendars are equal when compiled from equal definitions.
    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool {
        lhs.definition == rhs.definition
    }

    private func opening(atOrAfter instant: Date) throws(BusinessTimeError) -> Date {
        if isOpen(at: instant) { return instant }
        return Date(wholeSeconds: try startOfBusinessSecond(1, from: instant.wholeSecondsRoundedUp))
    }
}
