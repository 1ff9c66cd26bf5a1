import AccordConfig
import BusinessTime
import Foundation

/// The questions `accord time` answers on one business calendar, with errors mapped to stable codes.
public enum TimeQuery {
    /// Compiles calendar YAML (or a JSON object, which is YAML too) into a business calendar.
    ///
    /// - Throws: `time.invalid_calendar` with every diagnostic, `; `-separated.
    public static func calendar(yaml: String, displayPath: String) throws(TimeQueryError) -> BusinessCalendar {
        let definition: CalendarDefinition
        do {
            definition = try CalendarFileReader.read(yaml: yaml, displayPath: displayPath)
        } catch {
            throw TimeQueryError(.invalidCalendar, error.diagnostics.map(\.description).joined(separator: "; "))
        }
        return try calendar(definition)
    }

    /// Compiles a calendar sent as a JSON object; messages leave out positions, which would
    /// point into the normalised text rather than what the caller wrote.
    static func calendar(jsonObject json: String) throws(TimeQueryError) -> BusinessCalendar {
        let definition: CalendarDefinition
        do {
            definition = try CalendarFileReader.read(jsonObject: json, displayPath: "calendar")
        } catch {
            throw TimeQueryError(.invalidCalendar, "calendar: " + error.diagnostics.map(\.message).joined(separator: "; "))
        }
        return try calendar(definition)
    }

    /// Compiles a validated definition.
    public static func calendar(_ definition: CalendarDefinition) throws(TimeQueryError) -> BusinessCalendar {
        do {
            return try BusinessCalendar(definition)
        } catch {
            throw mapped(error)
        }
    }

    /// The due instant for `seconds` of business time from `start`, as RFC 3339 in the calendar's zone.
    public static func due(adding seconds: Int, to start: Date, on calendar: BusinessCalendar) throws(TimeQueryError) -> String {
        guard seconds >= 0 else {
            throw TimeQueryError(.invalidSeconds, "seconds must be 0 or more (got \(seconds))")
        }
        do {
            return RFC3339.format(try calendar.add(seconds, to: start), in: calendar.timeZone)
        } catch {
            throw mapped(error)
        }
    }

    /// Whole business seconds from `start` to `end` (0 when `end` is not after `start`).
    public static func elapsed(from start: Date, to end: Date, on calendar: BusinessCalendar) -> Int {
        calendar.elapsed(from: start, to: end)
    }

    /// Parses an instant given as `what` (`--from`, `'to'`), naming it in the message.
    public static func instant(_ text: String, _ what: String) throws(TimeQueryError) -> Date {
        do {
            return try RFC3339.parse(text)
        } catch {
            throw TimeQueryError(error.code, "\(what): \(error.message)")
        }
    }

    private static func mapped(_ error: BusinessTimeError) -> TimeQueryError {
        switch error {
        case .noWorkingTime: TimeQueryError(.noWorkingTime, error.description)
        case .outOfSupportedRange: TimeQueryError(.outOfRange, "the due instant would fall after 9999-12-31 UTC")
        case .negativeDuration: TimeQueryError(.invalidSeconds, error.description)
        case .unknownTimeZone, .duplicateHoliday, .duplicateEffectiveDate: TimeQueryError(.invalidCalendar, error.description)
        }
    }
}
