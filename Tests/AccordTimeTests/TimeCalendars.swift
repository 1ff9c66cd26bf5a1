/// Calendar objects used by the `AccordTime` tests, as the JSON a batch line carries.
enum TimeCalendars {
    static let weekdays = ["mon", "tue", "wed", "thu", "fri"]

    /// Mon–Fri 08:00–18:00 Europe/London with the 2026 Easter bank holidays.
    static let london = """
        {"id": "uk-office", "timezone": "Europe/London", "week": {\(week("08:00-18:00"))}, \
        "holidays": [{"date": "2026-04-03", "name": "Good Friday"}, {"date": "2026-04-06", "name": "Easter Monday"}, \
        {"date": "2026-12-24", "name": "Christmas Eve", "hours": ["08:00-12:00"]}]}
        """

    /// Mon–Fri 09:00–17:00 Australia/Sydney with Easter 2026.
    static let sydney = """
        {"id": "au-office", "timezone": "Australia/Sydney", "week": {\(week("09:00-17:00"))}, \
        "holidays": [{"date": "2026-04-03", "name": "Good Friday"}, {"date": "2026-04-06", "name": "Easter Monday"}]}
        """

    /// Open around the clock in UTC.
    static let utc24x7 = """
        {"id": "24x7", "timezone": "UTC", "week": {\((weekdays + ["sat", "sun"]).map { "\"\($0)\": [\"00:00-24:00\"]" }.joined(separator: ", "))}}
        """

    /// Never open.
    static let closed = #"{"id": "closed", "timezone": "UTC"}"#

    private static func week(_ interval: String) -> String {
        weekdays.map { "\"\($0)\": [\"\(interval)\"]" }.joined(separator: ", ")
    }
}
