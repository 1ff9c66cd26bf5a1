// MARK: - Whole-second counting over local days

extension BusinessCalendar {
    /// Business time on a local day as sorted, disjoint ranges of seconds since 1970 (UTC),
    /// confined to the day's span so that days never overlap.
    func businessRanges(onDay day: Int) -> [Range<Int>] {
        let wallClock = schedule.wallClockRanges(onDay: day)
        guard !wallClock.isEmpty else { return [] }
        let midnight = day * ZoneTimeline.secondsPerDay
        let dayStart = timeline.start(ofDay: day)
        let dayEnd = timeline.start(ofDay: day + 1)
        return wallClock.map { range in
            let lower = Swift.max(dayStart, timeline.instants(forLocal: midnight + range.lowerBound).earliest)
            let upper = Swift.min(dayEnd, timeline.instants(forLocal: midnight + range.upperBound).latest)
            return lower ..< Swift.max(lower, upper)
        }.unioned()
    }

    /// Business seconds in `[start, end)`, both whole seconds since 1970.
    func businessSeconds(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        let firstDay = timeline.day(containing: start)
        let lastDay = timeline.day(containing: end)
        if firstDay == lastDay {
            return businessRanges(onDay: firstDay).reduce(0) {
                $0 + Swift.max(0, Swift.min($1.upperBound, end) - Swift.max($1.lowerBound, start))
            }
        }
        var total = businessRanges(onDay: firstDay).length(from: start) + businessRanges(onDay: lastDay).length(before: end)
        guard lastDay > firstDay + 1 else { return total }
        total += schedule.cumulative(before: lastDay) - schedule.cumulative(before: firstDay + 1)
        var day = firstDay + 1
        while let transitionDay = timeline.transitionDay(onOrAfter: day), transitionDay < lastDay {
            total += businessRanges(onDay: transitionDay).totalLength - schedule.seconds(onDay: transitionDay)
            day = transitionDay + 1
        }
        return total
    }

    /// The start of the `ordinal`-th business second (1 = the first) at or after `start`.
    ///
    /// Runs of days without a transition are skipped with `NominalSchedule`; each day with a
    /// transition is measured exactly.
    func startOfBusinessSecond(_ ordinal: Int, from start: Int) throws(BusinessTimeError) -> Int {
        var day = timeline.day(containing: start)
        let firstRanges = businessRanges(onDay: day)
        if let found = firstRanges.startOfSecond(ordinal, from: start) { return try checked(found) }
        var remaining = ordinal - firstRanges.length(from: start)
        day += 1
        let lastDay = WholeSeconds.upperBound.floorDivided(by: ZoneTimeline.secondsPerDay) + 1
        while day <= lastDay {
            guard schedule.hasWorkingTime(onOrAfter: day) else { throw .noWorkingTime(calendarID: id) }
            let transitionDay = timeline.transitionDay(onOrAfter: day)
            var measuredDay = transitionDay
            if let hit = schedule.day(reaching: remaining, from: day, before: transitionDay ?? Int.max) {
                guard hit.day <= lastDay else { throw .outOfSupportedRange }
                let ranges = businessRanges(onDay: hit.day)
                if let found = ranges.startOfSecond(hit.secondsIntoDay, from: Int.min) { return try checked(found) }
                // Only reachable if the zone changed offset without reporting a transition.
                measuredDay = hit.day
            }
            guard let measured = measuredDay else { throw .noWorkingTime(calendarID: id) }
            remaining -= schedule.cumulative(before: measured) - schedule.cumulative(before: day)
            let ranges = businessRanges(onDay: measured)
            if let found = ranges.startOfSecond(remaining, from: Int.min) { return try checked(found) }
            remaining -= ranges.totalLength
            day = measured + 1
        }
        throw .outOfSupportedRange
    }

    private func checked(_ second: Int) throws(BusinessTimeError) -> Int {
        guard second < WholeSeconds.upperBound else { throw .outOfSupportedRange }
        return second
    }
}
