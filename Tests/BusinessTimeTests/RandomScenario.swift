import BusinessTime
import Foundation

/// A random calendar, start instant and amount of business time, reproducible from a seed.
///
/// Starts cluster around DST transitions and boundaries cluster in the small hours, where the
/// skipped and repeated hours are.
struct RandomScenario: CustomStringConvertible {
    static let zones = [
        "Europe/London", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
    ]
    /// Boundary candidates in minutes, dense around 00:00-04:00.
    static let boundaries = [0, 30, 60, 90, 120, 135, 150, 180, 210, 240, 480, 540, 720, 780, 1_020, 1_080, 1_410, 1_440]

    let seed: UInt64
    let definition: CalendarDefinition
    let start: Date
    let seconds: Int
    /// A second instant, up to ten days after `start`, for `elapsed`.
    let end: Date

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        self.seed = seed
        let zoneName = Self.zones.randomElement(using: &random) ?? "UTC"
        let zone = TimeZone(identifier: zoneName) ?? .gmt
        let year = Int.random(in: 2021 ... 2030, using: &random)
        let yearStart = (LocalDate(year: year, month: 1, day: 1)?.daysSinceEpoch ?? 0) * 86_400
        var anchor = yearStart + Int.random(in: 0 ..< 365 * 86_400, using: &random)
        if Bool.random(using: &random), let transition = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: Double(anchor))) {
            anchor = Int(transition.timeIntervalSince1970) + Int.random(in: -3 * 86_400 ... 86_400, using: &random)
        }
        var startSeconds = Double(anchor)
        switch Int.random(in: 0 ..< 4, using: &random) {
        case 0: startSeconds = (startSeconds / 3_600).rounded(.down) * 3_600
        case 1: startSeconds += Double(Int.random(in: 0 ..< 1_000, using: &random)) / 1_000
        default: break
        }
        start = Date(timeIntervalSince1970: startSeconds)
        end = Date(timeIntervalSince1970: startSeconds + Double.random(in: -3_600 ... 10 * 86_400, using: &random))

        var week: [Weekday: [WorkingInterval]] = [:]
        for weekday in Weekday.allCases {
            week[weekday] = Self.randomDay(using: &random)
        }
        var holidays: [Holiday] = []
        let startDay = anchor / 86_400
        for offset in Set((0 ..< Int.random(in: 0 ... 3, using: &random)).map { _ in Int.random(in: -1 ... 8, using: &random) }) {
            let days = startDay + offset
            guard let date = Self.localDate(daysSinceEpoch: days) else { continue }
            let hours: [WorkingInterval]? = Bool.random(using: &random) ? nil : Self.randomDay(using: &random)
            holidays.append(Holiday(date: date, name: "random", hours: hours))
        }
        definition = CalendarDefinition(id: "random-\(seed)", name: "random", timeZoneIdentifier: zoneName, week: week, holidays: holidays)

        switch Int.random(in: 0 ..< 4, using: &random) {
        case 0: seconds = Int.random(in: 1 ... 120, using: &random)
        case 1: seconds = Int.random(in: 1 ... 6, using: &random) * 3_600
        default: seconds = Int.random(in: 1 ... 4 * 86_400, using: &random)
        }
    }

    var description: String { "seed \(seed): \(definition.timeZoneIdentifier) \(definition.week) holidays \(definition.holidays) start \(start.timeIntervalSince1970) +\(seconds)s" }

    private static func randomDay(using random: inout SplitMix64) -> [WorkingInterval] {
        switch Int.random(in: 0 ..< 10, using: &random) {
        case 0, 1: return []
        case 2: return interval(0, 1_440).map { [$0] } ?? []
        default:
            let count = Int.random(in: 1 ... 3, using: &random)
            let picks = Set((0 ..< count * 2).map { _ in boundaries.randomElement(using: &random) ?? 0 }).sorted()
            var result: [WorkingInterval] = []
            var index = 0
            while index + 1 < picks.count {
                if let interval = interval(picks[index], picks[index + 1]) { result.append(interval) }
                index += 2
            }
            return result
        }
    }

    private static func interval(_ startMinutes: Int, _ endMinutes: Int) -> WorkingInterval? {
        guard let start = WallClockTime(hour: startMinutes / 60, minute: startMinutes % 60),
              let end = WallClockTime(hour: endMinutes / 60, minute: endMinutes % 60) else { return nil }
        return WorkingInterval(start: start, end: end)
    }

    private static func localDate(daysSinceEpoch days: Int) -> LocalDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}
