import AccordTestSupport
import Foundation
import Testing

@Suite("accord time add, elapsed and batch")
struct TimeCommandTests {
    private var ukOffice: String { RepositoryPaths.sampleConfig.appendingPathComponent("calendars/uk-office.yaml").path }

    private func sydneyCalendar(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("au-office.yaml")
        try """
            id: au-office
            timezone: Australia/Sydney
            week: {mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"], thu: ["09:00-17:00"], fri: ["09:00-17:00"]}
            holidays:
              - {date: 2026-04-03, name: Good Friday}
              - {date: 2026-04-06, name: Easter Monday}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("add across the London spring-forward prints the due instant at +01:00")
    func addLondonSummer() throws {
        let result = try AccordBinary.run(["time", "add", "--calendar", ukOffice, "--from", "2026-03-27T16:00:00Z", "--seconds", "10800"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "{\"due\": \"2026-03-30T09:00:00+01:00\"}\n")
        #expect(result.standardError.isEmpty)
    }

    @Test("add in London winter prints +00:00, never Z")
    func addLondonWinter() throws {
        let result = try AccordBinary.run(["time", "add", "--calendar", ukOffice, "--from", "2026-01-05T17:00:00Z", "--seconds", "7200"])
        #expect(result.standardOutput == "{\"due\": \"2026-01-06T09:00:00+00:00\"}\n")
    }

    @Test("add and elapsed in Sydney across Easter and the end of daylight saving")
    func sydney() throws {
        let directory = try TemporaryDirectory()
        let calendar = try sydneyCalendar(in: directory)
        let add = try AccordBinary.run(["time", "add", "--calendar", calendar, "--from", "2026-04-02T16:00:00+11:00", "--seconds", "14400"])
        #expect(add.standardOutput == "{\"due\": \"2026-04-07T12:00:00+10:00\"}\n")
        let elapsed = try AccordBinary.run(["time", "elapsed", "--calendar", calendar, "--from", "2026-04-02T05:00:00Z", "--to", "2026-04-07T12:00:00+10:00"])
        #expect(elapsed.standardOutput == "{\"seconds\": 14400}\n")
    }

    @Test("elapsed counts business seconds and is 0 backwards")
    func elapsed() throws {
        let forwards = try AccordBinary.run(["time", "elapsed", "--calendar", ukOffice, "--from", "2026-03-27T16:00:00Z", "--to", "2026-03-30T12:00:00+01:00"])
        #expect(forwards.status == 0)
        #expect(forwards.standardOutput == "{\"seconds\": 21600}\n")
        let backwards = try AccordBinary.run(["time", "elapsed", "--calendar", ukOffice, "--from", "2026-03-30T12:00:00+01:00", "--to", "2026-03-27T16:00:00Z"])
        #expect(backwards.standardOutput == "{\"seconds\": 0}\n")
    }

    @Test("An instant without an offset fails with exit 1 and says why")
    func noOffset() throws {
        let result = try AccordBinary.run(["time", "add", "--calendar", ukOffice, "--from", "2026-03-27T16:00:00", "--seconds", "60"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("--from: '2026-03-27T16:00:00' has no UTC offset"))
        #expect(result.standardError.contains("(time.invalid_instant)"))
    }

    @Test("A broken calendar file fails with located diagnostics")
    func brokenCalendar() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("bad.yaml")
        try "id: bad\ntimezone: Europe/Londres\nweek: {mon: [\"18:00-08:00\"]}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try AccordBinary.run(["time", "elapsed", "--calendar", path, "--from", "2026-01-05T10:00:00Z", "--to", "2026-01-06T10:00:00Z"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(path):2:11: error: 'timezone' must be an IANA time zone name"))
        #expect(result.standardError.contains("\(path):3:14: error: interval '18:00-08:00' must end after it starts"))
        let missing = try AccordBinary.run(["time", "elapsed", "--calendar", directory.file("none.yaml"), "--from", "2026-01-05T10:00:00Z", "--to", "2026-01-06T10:00:00Z"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("cannot read the calendar file"))
    }

    @Test("A calendar that never opens reports time.no_working_time")
    func noWorkingTime() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("closed.yaml")
        try "id: closed\ntimezone: UTC\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try AccordBinary.run(["time", "add", "--calendar", path, "--from", "2026-01-05T10:00:00Z", "--seconds", "1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("(time.no_working_time)"))
    }

    @Test("batch answers mixed good and bad lines one for one, in order, and exits 0")
    func batch() throws {
        let calendar = #"{"id": "uk", "timezone": "Europe/London", "week": {"mon": ["08:00-18:00"], "fri": ["08:00-18:00"]}}"#
        let input = [
            #"{"id": 1, "calendar": \#(calendar), "op": "add", "from": "2026-03-27T16:00:00Z", "seconds": 10800}"#,
            "{oops",
            #"{"id": "b", "calendar": \#(calendar), "op": "elapsed", "from": "2026-03-27T16:00:00Z", "to": "2026-03-30T12:00:00+01:00"}"#,
            #"{"id": "c", "calendar": \#(calendar), "op": "divide", "from": "2026-03-27T16:00:00Z"}"#,
            #"{"id": 5, "calendar": \#(calendar), "op": "add", "from": "2026-03-27T16:00:00", "seconds": 1}"#,
        ].joined(separator: "\n") + "\n"
        let result = try AccordBinary.run(["time", "batch"], standardInput: input)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0] == #"{"id": 1, "due": "2026-03-30T09:00:00+01:00"}"#)
        #expect(lines[1].hasPrefix(#"{"id": null, "error": {"code": "time.invalid_json""#))
        #expect(lines[2] == #"{"id": "b", "seconds": 21600}"#)
        #expect(lines[3].hasPrefix(#"{"id": "c", "error": {"code": "time.invalid_op""#))
        #expect(lines[4].hasPrefix(#"{"id": 5, "error": {"code": "time.invalid_instant""#))
        #expect(lines[5].isEmpty)
    }

    @Test("batch answers every line of a large input with one calendar")
    func largeBatch() throws {
        let calendar = #"{"id": "uk", "timezone": "Europe/London", "week": {"mon": ["08:00-18:00"], "tue": ["08:00-18:00"]}}"#
        let count = 5_000
        let input = (0 ..< count).map { index in
            #"{"id": \#(index), "calendar": \#(calendar), "op": "elapsed", "from": "2026-01-05T08:00:00Z", "to": "2026-01-05T09:00:00Z"}"#
        }.joined(separator: "\n")
        let result = try AccordBinary.run(["time", "batch"], standardInput: input)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == count)
        #expect(lines.first == #"{"id": 0, "seconds": 3600}"#)
        #expect(lines.last == #"{"id": \#(count - 1), "seconds": 3600}"#)
    }
}
