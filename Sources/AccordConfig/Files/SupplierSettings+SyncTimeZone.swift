import AccordCore
import BusinessTime
import Foundation

extension SupplierSettings {
    /// The settings with a cron schedule read in the supplier calendar's time zone.
    func withSyncTimeZone(_ calendars: [CalendarID: CalendarDefinition]) -> SupplierSettings {
        guard case .cron(let expression, _)? = sync?.schedule,
              let identifier = calendars[supplier.calendarID]?.timeZoneIdentifier, let zone = TimeZone(identifier: identifier) else { return self }
        var settings = self
        settings.sync?.schedule = .cron(expression, timeZone: zone)
        return settings
    }
}
