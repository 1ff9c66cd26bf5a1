import AccordTime
import Foundation
import Testing

@Suite("RFC 3339 instants")
struct RFC3339Tests {
    private func zone(_ identifier: String) throws -> TimeZone { try #require(TimeZone(identifier: identifier)) }

    @Test("Z, offsets and fractions parse to the same instant", arguments: [
        ("2026-03-30T08:00:00Z", 1_774_857_600.0),
        ("2026-03-30T09:00:00+01:00", 1_774_857_600.0),
        ("2026-03-30T04:00:00-04:00", 1_774_857_600.0),
        ("2026-03-30t08:00:00z", 1_774_857_600.0),
        ("2026-03-30 08:00:00Z", 1_774_857_600.0),
        ("2026-03-30T08:00:00.5Z", 1_774_857_600.5),
        ("2026-03-30T19:00:00.250+11:00", 1_774_857_600.25),
        ("1970-01-01T00:00:00-00:00", 0.0),
    ])
    func parses(text: String, seconds: Double) throws {
        #expect(try RFC3339.parse(text).timeIntervalSince1970 == seconds)
    }

    @Test("An instant without an offset is rejected with a message that says so")
    func noOffset() {
        #expect {
            try RFC3339.parse("2026-03-30T09:00:00")
        } throws: { error in
            guard let error = error as? TimeQueryError else { return false }
            return error.code == .invalidInstant && error.message.contains("has no UTC offset")
        }
    }

    @Test("Malformed and impossible instants are rejected", arguments: [
        "", "2026-03-30", "2026-3-30T09:00:00Z", "2026-02-30T09:00:00Z", "2026-03-30T24:00:00Z",
        "2026-06-30T23:59:60Z", "2026-03-30T09:00:00+0100", "2026-03-30T09:00:00+24:00", "2026-03-30T09:00:00.Z",
        "2026-03-30T09:00Z", "2026-03-30T09:00:00Z ", "0000-12-31T23:00:00Z", "0001-01-01T00:30:00+01:00",
    ])
    func rejects(text: String) {
        #expect(throws: TimeQueryError.self) { try RFC3339.parse(text) }
    }

    @Test("Formatting uses the zone's offset at the instant, +00:00 rather than Z")
    func formatsWithOffsets() throws {
        let summer = try RFC3339.parse("2026-07-01T08:00:00Z")
        let winter = try RFC3339.parse("2026-01-05T08:00:00Z")
        #expect(RFC3339.format(summer, in: try zone("Europe/London")) == "2026-07-01T09:00:00+01:00")
        #expect(RFC3339.format(winter, in: try zone("Europe/London")) == "2026-01-05T08:00:00+00:00")
        #expect(RFC3339.format(winter, in: try zone("UTC")) == "2026-01-05T08:00:00+00:00")
        #expect(RFC3339.format(winter, in: try zone("Australia/Sydney")) == "2026-01-05T19:00:00+11:00")
        #expect(RFC3339.format(summer, in: try zone("Australia/Sydney")) == "2026-07-01T18:00:00+10:00")
        #expect(RFC3339.format(summer, in: try zone("America/New_York")) == "2026-07-01T04:00:00-04:00")
        #expect(RFC3339.format(winter, in: try zone("Asia/Kolkata")) == "2026-01-05T13:30:00+05:30")
    }

    @Test("Fractional seconds are kept, trimmed, to the microsecond")
    func fractions() throws {
        let utc = try zone("UTC")
        #expect(RFC3339.format(try RFC3339.parse("2026-01-05T08:00:00.5Z"), in: utc) == "2026-01-05T08:00:00.5+00:00")
        #expect(RFC3339.format(try RFC3339.parse("2026-01-05T08:00:00.123Z"), in: utc) == "2026-01-05T08:00:00.123+00:00")
        #expect(RFC3339.format(try RFC3339.parse("2026-01-05T08:00:00.9999999Z"), in: utc) == "2026-01-05T08:00:01+00:00")
        #expect(RFC3339.format(try RFC3339.parse("1969-12-31T23:59:59.5Z"), in: utc) == "1969-12-31T23:59:59.5+00:00")
    }

    @Test("Dates far from 1970 format with four-digit years")
    func farDates() throws {
        let utc = try zone("UTC")
        #expect(RFC3339.format(try RFC3339.parse("0001-01-01T00:00:00Z"), in: utc) == "0001-01-01T00:00:00+00:00")
        #expect(RFC3339.format(try RFC3339.parse("9999-12-31T23:59:59Z"), in: utc) == "9999-12-31T23:59:59+00:00")
        #expect(RFC3339.format(try RFC3339.parse("2000-02-29T12:00:00Z"), in: utc) == "2000-02-29T12:00:00+00:00")
    }

    @Test("An offset that is not whole minutes (local mean time) is written in UTC")
    func localMeanTime() throws {
        let instant = try RFC3339.parse("1840-06-01T12:00:00Z")
        #expect(RFC3339.format(instant, in: try zone("Europe/London")) == "1840-06-01T12:00:00+00:00")
    }

    @Test("Parsing and formatting round-trip", arguments: ["2026-10-25T01:30:00+01:00", "2026-10-25T01:30:00+00:00", "2026-04-05T02:30:00+10:00"])
    func roundTrip(text: String) throws {
        let zoneName = text.hasSuffix("+10:00") ? "Australia/Sydney" : "Europe/London"
        #expect(RFC3339.format(try RFC3339.parse(text), in: try zone(zoneName)) == text)
    }
}
