import Foundation

/// One version of a business calendar and the instant from which it applies to new clocks.
public struct CalendarVersion: Sendable, Equatable {
    /// Clocks started at or after this instant (until the next version) use `calendar`.
    public let effectiveFrom: Date
    /// The calendar clocks started in this version's period run on.
    public let calendar: BusinessCalendar

    public init(effectiveFrom: Date, calendar: BusinessCalendar) {
        self.effectiveFrom = effectiveFrom
        self.calendar = calendar
    }
}
