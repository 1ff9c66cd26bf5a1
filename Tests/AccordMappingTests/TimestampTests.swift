import AccordMapping
import Foundation
import Testing

@Suite("Timestamps: explicit formats, zones and DST rules")
struct TimestampTests {
    /// Maps one CSV cell through a timestamp transform with the given settings.
    private func read(_ value: String, _ settings: String) throws -> (String?, String?) {
        let yaml = """
            name: t
            formats: [csv]
            records:
              - recordType: ticket
                fields:
                  externalId: id
                  openedAt: { path: at, transforms: [{ timestamp: \(settings) }] }
            """
        let adapter = try AdapterLoader.parse(yaml: yaml, file: "t.yaml")
        let result = adapter.normalize(Data("id,at\n1,\(value)\n".utf8), contentType: "text/csv")
        let record = try #require(result.records.first)
        return (record.instant(.openedAt)?.description, record.diagnostics.first?.message)
    }

    @Test("formats with offsets, fractions and epochs", arguments: [
        ("2024-03-04T09:15:02.123Z", "{ format: rfc3339 }", "2024-03-04T09:15:02.123Z"),
        ("2024-03-04T10:15:02.120+01:00", "{ format: rfc3339 }", "2024-03-04T09:15:02.120Z"),
        ("2024-03-04 09:15:02Z", "{ format: rfc3339 }", "2024-03-04T09:15:02Z"),
        ("2024-03-04T09:14:59.871+0100", "{ format: \"yyyy-MM-dd'T'HH:mm:ss.SSSZ\" }", "2024-03-04T08:14:59.871Z"),
        ("1709543700123", "{ format: epochMillis }", "2024-03-04T09:15:00.123Z"),
        ("1709543700", "{ format: epochSeconds }", "2024-03-04T09:15:00Z"),
        ("1709543700.25", "{ format: epochSeconds }", "2024-03-04T09:15:00.25Z"),
        // before 1970: the negative number, not its whole part negated plus the fraction
        ("-1.5", "{ format: epochSeconds }", "1969-12-31T23:59:58.5Z"),
        ("-0.25", "{ format: epochSeconds }", "1969-12-31T23:59:59.75Z"),
        ("-1.50", "{ format: epochSeconds }", "1969-12-31T23:59:58.50Z"),
        ("-2", "{ format: epochSeconds }", "1969-12-31T23:59:58Z"),
        ("-1500", "{ format: epochMillis }", "1969-12-31T23:59:58.500Z"),
        ("-1", "{ format: epochMillis }", "1969-12-31T23:59:59.999Z"),
        ("-1000", "{ format: epochMillis }", "1969-12-31T23:59:59.000Z"),
        ("2024-02-29 23:59:59", "{ format: \"yyyy-MM-dd HH:mm:ss\", zone: UTC }", "2024-02-29T23:59:59Z"),
        ("1969-12-31 23:59:59", "{ format: \"yyyy-MM-dd HH:mm:ss\", zone: UTC }", "1969-12-31T23:59:59Z"),
    ])
    func formats(value: String, settings: String, expected: String) throws {
        let (instant, problem) = try read(value, settings)
        #expect(problem == nil)
        #expect(instant == expected)
    }

    @Test("a local time skipped by spring-forward is an error unless the adapter says shiftForward")
    func nonexistent() throws {
        let strict = try read("31.03.2024 02:30", "{ format: \"dd.MM.yyyy HH:mm\", zone: Europe/Berlin }")
        #expect(strict.0 == nil)
        #expect(strict.1?.contains("does not exist in Europe/Berlin") == true)
        let shifted = try read("31.03.2024 02:30", "{ format: \"dd.MM.yyyy HH:mm\", zone: Europe/Berlin, nonexistent: shiftForward }")
        #expect(shifted.0 == "2024-03-31T01:30:00Z")
    }

    @Test("a local time repeated by fall-back is an error unless the adapter picks one", arguments: [
        ("error", nil as String?), ("earlier", "2024-10-27T00:30:00Z"), ("later", "2024-10-27T01:30:00Z"),
    ])
    func ambiguous(rule: String, expected: String?) throws {
        let (instant, problem) = try read("27.10.2024 02:30", "{ format: \"dd.MM.yyyy HH:mm\", zone: Europe/Berlin, ambiguous: \(rule) }")
        #expect(instant == expected)
        #expect((problem != nil) == (expected == nil))
    }

    @Test("New York and Sydney local times", arguments: [
        ("10.03.2024 01:59", "America/New_York", "2024-03-10T06:59:00Z"),
        ("10.03.2024 03:00", "America/New_York", "2024-03-10T07:00:00Z"),
        ("07.04.2024 02:30", "Australia/Sydney", nil),
        ("01.07.2024 12:00", "Australia/Sydney", "2024-07-01T02:00:00Z"),
    ])
    func otherZones(value: String, zone: String, expected: String?) throws {
        let (instant, _) = try read(value, "{ format: \"dd.MM.yyyy HH:mm\", zone: \(zone) }")
        #expect(instant == expected)
    }

    @Test("an unparseable date names the field and the value")
    func unparseable() throws {
        let (_, problem) = try read("2024-13-01 10:00:00", "{ format: \"yyyy-MM-dd HH:mm:ss\", zone: UTC }")
        #expect(problem == "cannot read '2024-13-01 10:00:00' as a timestamp (format 'yyyy-MM-dd HH:mm:ss'): month 13 is out of range")
    }
}

@Suite("Canonical instants compare as instants")
struct CanonicalInstantOrderTests {
    @Test("precision a source wrote does not make one instant two; order is exact and agrees with equality")
    func precision() {
        let plain = CanonicalInstant(epochSeconds: 1_709_540_100)
        let millis = CanonicalInstant(epochSeconds: 1_709_540_100, fractionDigits: "000")
        let tenth = CanonicalInstant(epochSeconds: 1_709_540_100, fractionDigits: "1")
        let nanos = CanonicalInstant(epochSeconds: 1_709_540_100, fractionDigits: "100000001")
        #expect(plain == millis && Set([plain, millis]).count == 1)
        #expect(!(plain < millis) && !(millis < plain))
        #expect(millis < tenth && tenth < nanos && !(nanos < tenth))
        #expect(CanonicalInstant(epochSeconds: 1, fractionDigits: "999999999") < CanonicalInstant(epochSeconds: 2))
        #expect(millis.description == "2024-03-04T08:15:00.000Z")  // the text keeps what the source wrote
    }
}
