import BusinessTime

/// UK office hours (Mon–Fri 08:00–18:00, Europe/London) with the bank holidays of England,
/// 2025–2028: the calendar the benchmark measures. Built in code so the benchmark reads no files.
enum UKOfficeCalendar {
    static var definition: CalendarDefinition {
        let hours = [WorkingInterval.parse("08:00-18:00")].compactMap { try? $0.get() }
        let week: [Weekday: [WorkingInterval]] = [.mon: hours, .tue: hours, .wed: hours, .thu: hours, .fri: hours]
        let dates = [
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
        ]
        let holidays = dates.compactMap(LocalDate.init(text:)).map { Holiday(date: $0, name: "Bank holiday \($0)") }
        return CalendarDefinition(id: "uk-office", name: "UK office hours", timeZoneIdentifier: "Europe/London", week: week, holidays: holidays)
    }
}
