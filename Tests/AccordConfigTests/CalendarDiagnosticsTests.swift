import AccordConfig
import AccordTestSupport
import Testing

@Suite("Calendar file diagnostics")
struct CalendarDiagnosticsTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("a time zone name that is not in the IANA database", arguments: ["Europe/Londn", "EST", "GMT+1", "london"])
    func badTimeZone(zone: String) throws {
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", timezone: zone))
        let at = try fixture.location(of: zone, in: "calendars/paris.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'timezone' must be an IANA time zone name such as Europe/London (found '\(zone)')",
        ])
    }

    @Test("an interval that crosses midnight")
    func crossesMidnight() throws {
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", week: [#"mon: ["18:00-08:00"]"#]))
        let at = try fixture.location(of: #""18:00-08:00""#, in: "calendars/paris.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: interval '18:00-08:00' must end after it starts; intervals never cross midnight (split it into two days)",
        ])
    }

    @Test("text that is not an interval", arguments: ["8-18", "08:00", "08:00-25:00", "24:00-24:00", "08:00–18:00", "08:60-09:00"])
    func malformedInterval(text: String) throws {
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", week: ["tue: [\"\(text)\"]"]))
        let at = try fixture.location(of: "\"\(text)\"", in: "calendars/paris.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: '\(text)' is not an interval of the form HH:MM-HH:MM (00:00 to 24:00)",
        ])
    }

    @Test("overlapping intervals on one day")
    func overlapping() throws {
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", week: [#"tue: ["08:00-12:00", "11:00-18:00"]"#]))
        let at = try fixture.location(of: #""11:00-18:00""#, in: "calendars/paris.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: interval '11:00-18:00' must start at or after the end of '08:00-12:00' (intervals are listed in order and do not overlap)",
        ])
    }

    @Test("a holiday date listed twice")
    func duplicateHoliday() throws {
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", holidays: [
            "{date: 2026-07-14, name: Fête nationale}", "{date: 2026-12-25, name: Noël}", "{date: 2026-07-14, name: Again}",
        ]))
        let first = try fixture.location(of: "2026-07-14", in: "calendars/paris.yaml", occurrence: 1)
        let second = try fixture.location(of: "2026-07-14", in: "calendars/paris.yaml", occurrence: 2)
        let firstLine = first.split(separator: ":").dropLast().last.map(String.init) ?? "?"
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(second): error: holiday 2026-07-14 is listed twice (first at line \(firstLine))",
        ])
    }

    @Test("a holiday date that is not a calendar date")
    func badHolidayDate() throws {
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", holidays: ["{date: 2026-02-30, name: Nope}"]))
        let at = try fixture.location(of: "2026-02-30", in: "calendars/paris.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == ["\(at): error: 'date' must be a date YYYY-MM-DD (found '2026-02-30')"])
    }

    @Test("a broken calendar is reported once, not again by each supplier and service naming it")
    func noCascade() throws {
        try fixture.replace("timezone: UTC", with: "timezone: Mars/Olympus", in: "calendars/24x7.yaml")
        let at = try fixture.location(of: "Mars/Olympus", in: "calendars/24x7.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'timezone' must be an IANA time zone name such as Europe/London (found 'Mars/Olympus')",
        ])
    }
}
