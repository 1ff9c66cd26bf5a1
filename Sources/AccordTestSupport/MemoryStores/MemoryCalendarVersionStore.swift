import AccordCore
import Foundation

/// ``CalendarVersionStore`` in memory, for tests.
public actor MemoryCalendarVersionStore: CalendarVersionStore {
    private var versions: [CalendarID: [StoredCalendarVersion]] = [:]

    public init() {}

    @discardableResult
    public func record(calendar: CalendarID, definitionJSON: String, effectiveFrom instant: Date) async throws -> Bool {
        guard versions[calendar]?.last?.definitionJSON != definitionJSON else { return false }
        versions[calendar, default: []].append(StoredCalendarVersion(calendarID: calendar, effectiveFrom: instant, definitionJSON: definitionJSON))
        versions[calendar]?.sort { $0.effectiveFrom < $1.effectiveFrom }
        return true
    }

    public func versions(of calendar: CalendarID) async throws -> [StoredCalendarVersion] { versions[calendar] ?? [] }
}
