import BusinessTime
import Foundation

extension CalendarDefinition {
    static let yamlKeys = ["id", "name", "timezone", "week", "holidays"]

    /// Reads a calendar file (the format documented on ``CalendarDefinition``).
    static func read(_ root: YAMLValue, _ log: DiagnosticLog) -> CalendarDefinition? {
        guard let file = root.mapping(log, "calendar", allowedKeys: yamlKeys) else { return nil }
        let id = file.requiredString("id", log)
        let name = file.optionalString("name", log)
        var zone: String?
        if let zoneValue = file.required("timezone", log), let text = zoneValue.scalar(log, "'timezone'") {
            if !IANATimeZone.isKnown(text) {
                log.error("'timezone' must be an IANA time zone name such as Europe/London (found '\(text)')", at: zoneValue.location)
            } else {
                zone = text
            }
        }
        let week = readWeek(file["week"], log)
        let holidays = readHolidays(file["holidays"], log)
        guard let id, let zone, let week, let holidays else { return nil }
        return CalendarDefinition(id: id, name: name ?? id, timeZoneIdentifier: zone, week: week, holidays: holidays)
    }

    private static func readWeek(_ value: YAMLValue?, _ log: DiagnosticLog) -> [Weekday: [WorkingInterval]]? {
        guard let value, !value.isNull else { return [:] }
        guard let mapping = value.mapping(log, "'week'", allowedKeys: Weekday.allCases.map(\.rawValue)) else { return nil }
        var week: [Weekday: [WorkingInterval]] = [:]
        var valid = true
        for entry in mapping.entries {
            guard let day = Weekday(rawValue: entry.name) else { continue }
            if let intervals = readIntervals(entry.value, "'\(entry.name)'", log) {
                week[day] = intervals
            } else {
                valid = false
            }
        }
        return valid ? week : nil
    }

    private static func readHolidays(_ value: YAMLValue?, _ log: DiagnosticLog) -> [Holiday]? {
        guard let value, !value.isNull else { return [] }
        guard let items = value.sequence(log, "'holidays'") else { return nil }
        var holidays: [Holiday] = []
        var seen: [LocalDate: SourceLocation] = [:]
        var valid = true
        for item in items {
            guard let holiday = item.mapping(log, "holiday", allowedKeys: ["date", "name", "hours"]) else {
                valid = false
                continue
            }
            let name = holiday.optionalString("name", log)
            var date: LocalDate?
            if let dateValue = holiday.required("date", log), let text = dateValue.scalar(log, "'date'") {
                date = LocalDate(text: text)
                if date == nil {
                    log.error("'date' must be a date YYYY-MM-DD (found '\(text)')", at: dateValue.location)
                } else if let date, let first = seen[date] {
                    log.error("holiday \(date) is listed twice (first at line \(first.line))", at: dateValue.location)
                    valid = false
                } else if let date {
                    seen[date] = dateValue.location
                }
            }
            var hours: [WorkingInterval]?
            if let hoursValue = holiday["hours"], !hoursValue.isNull {
                hours = readIntervals(hoursValue, "'hours'", log)
                if hours == nil { valid = false }
            }
            guard let date else {
                valid = false
                continue
            }
            holidays.append(Holiday(date: date, name: name ?? date.description, hours: hours))
        }
        return valid ? holidays.sorted { $0.date < $1.date } : nil
    }

    /// A list of `HH:MM-HH:MM` intervals, each valid, sorted and not overlapping.
    private static func readIntervals(_ value: YAMLValue, _ what: String, _ log: DiagnosticLog) -> [WorkingInterval]? {
        guard let items = value.sequence(log, what) else { return nil }
        var intervals: [WorkingInterval] = []
        var valid = true
        for item in items {
            guard let text = item.scalar(log, "an interval") else {
                valid = false
                continue
            }
            switch WorkingInterval.parse(text) {
            case .success(let interval):
                if let previous = intervals.last, interval.start < previous.end {
                    log.error("interval '\(interval)' must start at or after the end of '\(previous)' (intervals are listed in order and do not overlap)", at: item.location)
                    valid = false
                }
                intervals.append(interval)
            case .failure(let error):
                log.error(error.description, at: item.location)
                valid = false
            }
        }
        return valid ? intervals : nil
    }
}
