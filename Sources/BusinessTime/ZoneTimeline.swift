import Foundation

/// Maps local wall-clock seconds to UTC instants in one time zone, following the DST rules.
///
/// "Local seconds" count wall-clock time since 1970-01-01T00:00 local, as if the zone were UTC;
/// local day `d` spans local seconds `d * 86_400 ..< (d + 1) * 86_400`.
///
/// A local time maps to instants by two rules that agree except around transitions:
/// - *earliest* is the first instant at which the wall clock reads that time or later: the first
///   occurrence in a repeated (fall-back) hour, the transition instant in a skipped hour;
/// - *latest* is the end of the last stretch in which the wall clock reads earlier than that
///   time: the second occurrence in a repeated hour, the transition instant in a skipped hour.
///   The one exception is the very first minute of a repeated hour (01:00 when clocks go back
///   from 02:00 to 01:00): the clock never reads earlier than it again after its first
///   occurrence, so that is the latest instant too.
///
/// Assumes at most one offset change within any 48 hours, which holds for every zone in the
/// IANA database since 1900 apart from a handful of historical curiosities.
struct ZoneTimeline: Sendable {
    static let secondsPerDay = 86_400

    let timeZone: TimeZone

    /// Offset from UTC in seconds at a UTC instant.
    func offset(at instant: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(wholeSeconds: instant))
    }

    /// The earliest and latest instants for a local time (see the type's documentation).
    func instants(forLocal local: Int) -> (earliest: Int, latest: Int) {
        let before = offset(at: local - Self.secondsPerDay)
        let after = offset(at: local + Self.secondsPerDay)
        let first = local - before
        let second = local - after
        let firstValid = offset(at: first) == before
        let secondValid = offset(at: second) == after
        switch (firstValid, secondValid) {
        case (true, true):
            let earlier = Swift.min(first, second)
            let later = Swift.max(first, second)
            let readsEarlierJustBefore = later - 1 + offset(at: later - 1) < local
            return (earlier, readsEarlierJustBefore ? later : earlier)
        case (true, false):
            return (first, first)
        case (false, true):
            return (second, second)
        case (false, false):
            let transition = firstInstant(readingAtLeast: local, after: Swift.min(first, second), upTo: Swift.max(first, second))
            return (transition, transition)
        }
    }

    /// The instant local day `day` begins: the earliest instant for its 00:00.
    func start(ofDay day: Int) -> Int {
        instants(forLocal: day * Self.secondsPerDay).earliest
    }

    /// The local day whose span `start(ofDay: d) ..< start(ofDay: d + 1)` contains `instant`.
    ///
    /// Normally the date the wall clock shows; in a fall-back hour that repeats the previous
    /// day's last hour, the new day (it began at the first midnight).
    func day(containing instant: Int) -> Int {
        let guess = (instant + offset(at: instant)).floorDivided(by: Self.secondsPerDay)
        return start(ofDay: guess + 1) <= instant ? guess + 1 : guess
    }

    /// The first local day at or after `day` that contains an offset transition, or `nil` if
    /// the zone has none after that day begins.
    func transitionDay(onOrAfter day: Int) -> Int? {
        let dayStart = start(ofDay: day)
        guard let transition = timeZone.nextDaylightSavingTimeTransition(after: Date(wholeSeconds: dayStart - 1)) else {
            return nil
        }
        let instant = transition.wholeSecondsRoundedUp
        guard instant < WholeSeconds.upperBound else { return nil }
        return Swift.max(day, self.day(containing: instant))
    }

    /// Binary search for the transition that skips over `local`, somewhere in `(lower, upper]`.
    private func firstInstant(readingAtLeast local: Int, after lower: Int, upTo upper: Int) -> Int {
        var low = lower
        var high = upper
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if middle + offset(at: middle) >= local {
                high = middle
            } else {
                low = middle
            }
        }
        return high
    }
}
