/// A business calendar exactly as `Config/calendars/<id>.yaml` describes it.
///
/// ```yaml
/// id: uk-office
/// name: UK office hours
/// timezone: Europe/London
/// week:
///   mon: ["08:00-18:00"]
///   sun: ["00:00-24:00"]
/// holidays:
///   - {date: 2026-12-25, name: Christmas Day}
///   - {date: 2026-12-24, name: Christmas Eve, hours: ["08:00-12:00"]}
/// ```
/// A weekday missing from `week` is closed. Intervals are local wall-clock times in `timeZone`.
public struct CalendarDefinition: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// IANA time zone name, e.g. `Europe/London`.
    public var timeZoneIdentifier: String
    /// Working intervals per weekday, sorted and non-overlapping.
    public var week: [Weekday: [WorkingInterval]]
    /// Holidays, at most one per date.
    public var holidays: [Holiday]

    public init(id: String, name: String, timeZoneIdentifier: String, week: [Weekday: [WorkingInterval]], holidays: [Holiday] = []) {
        self.id = id
        self.name = name
        self.timeZoneIdentifier = timeZoneIdentifier
        self.week = week
        self.holidays = holidays
    }

    /// The working intervals of a weekday (empty when closed).
    public func intervals(on weekday: Weekday) -> [WorkingInterval] { week[weekday] ?? [] }
}
