import Foundation

/// Keeps every version of every business calendar, so a clock can keep the version it started with.
///
/// Definitions are stored as the JSON of `BusinessTime.CalendarDefinition` (this target does not
/// depend on BusinessTime).
public protocol CalendarVersionStore: Sendable {
    /// Records `definitionJSON` as the version of `calendar` effective from `instant`, unless it
    /// equals the latest stored version. Returns whether a version was added.
    @discardableResult
    func record(calendar: CalendarID, definitionJSON: String, effectiveFrom instant: Date) async throws -> Bool
    /// All versions of `calendar`, oldest first.
    func versions(of calendar: CalendarID) async throws -> [StoredCalendarVersion]
}

/// One stored calendar version.
public struct StoredCalendarVersion: Sendable, Hashable {
    public var calendarID: CalendarID
    public var effectiveFrom: Date
    public var definitionJSON: String

    public init(calendarID: CalendarID, effectiveFrom: Date, definitionJSON: String) {
        self.calendarID = calendarID
        self.effectiveFrom = effectiveFrom
        self.definitionJSON = definitionJSON
    }
}
