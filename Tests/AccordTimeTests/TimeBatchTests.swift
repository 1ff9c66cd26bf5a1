@testable import AccordTime
import Testing

@Suite("accord time batch lines")
struct TimeBatchTests {
    private func add(_ id: String, _ calendar: String, from: String, seconds: String) -> String {
        #"{"id": \#(id), "calendar": \#(calendar), "op": "add", "from": "\#(from)", "seconds": \#(seconds)}"#
    }

    private func elapsed(_ id: String, _ calendar: String, from: String, to: String) -> String {
        #"{"id": \#(id), "calendar": \#(calendar), "op": "elapsed", "from": "\#(from)", "to": "\#(to)"}"#
    }

    private func respond(_ line: String) -> String {
        var batch = TimeBatch()
        return batch.respond(to: line)
    }

    @Test("London: Friday afternoon plus 3 h is due Monday in summer time")
    func londonAcrossSpringForward() {
        #expect(respond(add("1", TimeCalendars.london, from: "2026-03-27T16:00:00Z", seconds: "10800"))
            == #"{"id": 1, "due": "2026-03-30T09:00:00+01:00"}"#)
    }

    @Test("London winter answers carry +00:00")
    func londonWinter() {
        #expect(respond(add("\"w\"", TimeCalendars.london, from: "2026-01-05T17:00:00Z", seconds: "7200"))
            == #"{"id": "w", "due": "2026-01-06T09:00:00+00:00"}"#)
    }

    @Test("London: Easter bank holidays are skipped")
    func londonEaster() {
        #expect(respond(add("2", TimeCalendars.london, from: "2026-04-02T16:00:00+01:00", seconds: "10800"))
            == #"{"id": 2, "due": "2026-04-07T09:00:00+01:00"}"#)
        #expect(respond(elapsed("3", TimeCalendars.london, from: "2026-04-02T16:00:00+01:00", to: "2026-04-07T09:00:00+01:00"))
            == #"{"id": 3, "seconds": 10800}"#)
    }

    @Test("London: Christmas Eve is a half day")
    func londonHalfDay() {
        #expect(respond(elapsed("4", TimeCalendars.london, from: "2026-12-24T00:00:00Z", to: "2026-12-25T00:00:00Z"))
            == #"{"id": 4, "seconds": 14400}"#)
    }

    @Test("Sydney: Easter plus the end of daylight saving (+11:00 to +10:00)")
    func sydney() {
        #expect(respond(add("5", TimeCalendars.sydney, from: "2026-04-02T16:00:00+11:00", seconds: "14400"))
            == #"{"id": 5, "due": "2026-04-07T12:00:00+10:00"}"#)
        #expect(respond(elapsed("6", TimeCalendars.sydney, from: "2026-04-02T05:00:00Z", to: "2026-04-07T12:00:00+10:00"))
            == #"{"id": 6, "seconds": 14400}"#)
        #expect(respond(add("7", TimeCalendars.sydney, from: "2026-01-05T09:00:00+11:00", seconds: "3600"))
            == #"{"id": 7, "due": "2026-01-05T10:00:00+11:00"}"#)
    }

    @Test("Adding 0 keeps a fractional open instant; otherwise answers are whole seconds")
    func fractions() {
        #expect(respond(add("8", TimeCalendars.utc24x7, from: "2026-01-05T10:00:00.25Z", seconds: "0"))
            == #"{"id": 8, "due": "2026-01-05T10:00:00.25+00:00"}"#)
        #expect(respond(add("9", TimeCalendars.utc24x7, from: "2026-01-05T10:00:00.25Z", seconds: "1"))
            == #"{"id": 9, "due": "2026-01-05T10:00:02+00:00"}"#)
        #expect(respond(elapsed("10", TimeCalendars.utc24x7, from: "2026-01-05T10:00:00.25Z", to: "2026-01-05T10:00:03.75Z"))
            == #"{"id": 10, "seconds": 2}"#)
    }

    @Test("Mixed good and bad lines are answered one for one, in order")
    func mixedBatch() {
        let lines = [
            add("1", TimeCalendars.london, from: "2026-03-27T16:00:00Z", seconds: "10800"),
            "not json",
            "",
            "[1, 2]",
            #"{"id": "no-op", "calendar": \#(TimeCalendars.london), "from": "2026-01-05T10:00:00Z", "seconds": 1}"#,
            elapsed("\"e\"", TimeCalendars.london, from: "2026-03-27T16:00:00Z", to: "2026-03-30T12:00:00+01:00"),
            add("3", TimeCalendars.closed, from: "2026-01-05T10:00:00Z", seconds: "60"),
            add("4", TimeCalendars.london, from: "2026-01-05T10:00:00", seconds: "60"),
        ]
        var batch = TimeBatch()
        let answers = lines.map { batch.respond(to: $0) }
        #expect(answers.count == lines.count)
        #expect(answers[0] == #"{"id": 1, "due": "2026-03-30T09:00:00+01:00"}"#)
        #expect(answers[1].hasPrefix(#"{"id": null, "error": {"code": "time.invalid_json", "message": "not valid JSON: unexpected character at column 1"#))
        #expect(answers[2] == #"{"id": null, "error": {"code": "time.invalid_json", "message": "not valid JSON: empty line"}}"#)
        #expect(answers[3] == #"{"id": null, "error": {"code": "time.invalid_json", "message": "each line must be a JSON object, found an array"}}"#)
        #expect(answers[4].hasPrefix(#"{"id": "no-op", "error": {"code": "time.invalid_op""#))
        #expect(answers[5] == #"{"id": "e", "seconds": 21600}"#)
        #expect(answers[6].hasPrefix(#"{"id": 3, "error": {"code": "time.no_working_time""#))
        #expect(answers[7].hasPrefix(#"{"id": 4, "error": {"code": "time.invalid_instant", "message": "'from': '2026-01-05T10:00:00' has no UTC offset"#))
        #expect(batch.cachedCalendarCount == 2)
    }

    @Test("Each bad field has its own stable code", arguments: [
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "multiply", "from": "2026-01-05T10:00:00Z"}"#, "time.invalid_op"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": 1, "from": "2026-01-05T10:00:00Z"}"#, "time.invalid_op"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "add", "from": "2026-01-05T10:00:00Z"}"#, "time.invalid_seconds"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": -5}"#, "time.invalid_seconds"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1.5}"#, "time.invalid_seconds"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": "4h"}"#, "time.invalid_seconds"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "elapsed", "from": "2026-01-05T10:00:00Z"}"#, "time.invalid_instant"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "elapsed", "from": 0, "to": "2026-01-05T10:00:00Z"}"#, "time.invalid_instant"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1, "to": "2026-01-05T10:00:00Z"}"#, "time.invalid_request"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.london), "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1, "extra": true}"#, "time.invalid_request"),
        (#"{"id": 1, "op": "add", "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#, "time.invalid_request"),
        (#"{"id": 1, "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#, "time.invalid_calendar"),
        (#"{"id": 1, "calendar": "uk-office", "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#, "time.invalid_calendar"),
        (#"{"id": 1, "calendar": {"id": "x", "timezone": "Europe/Londres"}, "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#, "time.invalid_calendar"),
        (#"{"id": 1, "calendar": {"id": "x", "timezone": "UTC", "week": {"mon": ["18:00-08:00"]}}, "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#, "time.invalid_calendar"),
        (#"{"id": 1, "calendar": {"id": "x", "timezone": "UTC", "colour": "red"}, "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#, "time.invalid_calendar"),
        (#"{"id": 1, "calendar": \#(TimeCalendars.utc24x7), "op": "add", "from": "9999-12-31T00:00:00Z", "seconds": 172800}"#, "time.out_of_range"),
        (#"{"id": 1, "calendar": {"id": "x", "timezone": "UTC"}, "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1"#, "time.invalid_json"),
    ])
    func errorCodes(line: String, code: String) {
        let answer = respond(line)
        #expect(answer.contains(#""error": {"code": "\#(code)", "message": ""#), "\(answer)")
    }

    @Test("Calendar errors name the problem without positions in normalised text")
    func calendarMessage() {
        let answer = respond(#"{"id": 1, "calendar": {"id": "x", "timezone": "UTC", "week": {"mon": ["18:00-08:00"]}}, "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 1}"#)
        #expect(answer == #"{"id": 1, "error": {"code": "time.invalid_calendar", "message": "calendar: interval '18:00-08:00' must end after it starts; intervals never cross midnight (split it into two days)"}}"#)
    }

    @Test("The id is echoed exactly as written, or null when absent")
    func ids() {
        let line = { (id: String) in add(id, TimeCalendars.utc24x7, from: "2026-01-05T10:00:00Z", seconds: "60") }
        #expect(respond(line("2.50")) == #"{"id": 2.50, "due": "2026-01-05T10:01:00+00:00"}"#)
        #expect(respond(line("-7e2")) == #"{"id": -7e2, "due": "2026-01-05T10:01:00+00:00"}"#)
        #expect(respond(line(#""caf\u00e9 \"q\"""#)) == #"{"id": "café \"q\"", "due": "2026-01-05T10:01:00+00:00"}"#)
        #expect(respond(#"{"calendar": \#(TimeCalendars.utc24x7), "op": "add", "from": "2026-01-05T10:00:00Z", "seconds": 60}"#)
            == #"{"id": null, "due": "2026-01-05T10:01:00+00:00"}"#)
    }

    @Test("One calendar written with different spacing compiles once per text, and answers agree")
    func cache() {
        var batch = TimeBatch()
        let spaced = TimeCalendars.london.replacingOccurrences(of: ", ", with: ",\t")
        let first = batch.respond(to: add("1", TimeCalendars.london, from: "2026-03-27T16:00:00Z", seconds: "10800"))
        for _ in 0 ..< 100 { _ = batch.respond(to: add("1", TimeCalendars.london, from: "2026-03-27T16:00:00Z", seconds: "10800")) }
        let second = batch.respond(to: add("1", spaced, from: "2026-03-27T16:00:00Z", seconds: "10800"))
        #expect(first == second)
        #expect(batch.cachedCalendarCount == 2)
    }

    @Test("The cache starts over past its limit and stays correct")
    func cacheLimit() {
        var batch = TimeBatch(cacheLimit: 2)
        for calendar in [TimeCalendars.london, TimeCalendars.sydney, TimeCalendars.utc24x7, TimeCalendars.london] {
            #expect(batch.respond(to: elapsed("1", calendar, from: "2026-01-05T10:00:00Z", to: "2026-01-05T10:00:00Z")) == #"{"id": 1, "seconds": 0}"#)
        }
        #expect(batch.cachedCalendarCount <= 2)
    }
}
