import AccordCore
import Testing

@Suite("BusinessDuration text")
struct BusinessDurationTests {
    @Test("plain seconds and unit forms parse",
          arguments: [
              ("14400", 14_400), ("0", 0), ("30m", 1800), ("4h", 14_400), ("2d", 172_800), ("1h30m", 5400),
              ("1d2h3m4s", 93_784), ("45s", 45), (" 4h ", 14_400), ("0h", 0),
          ])
    func parses(text: String, seconds: Int) {
        #expect(BusinessDuration(text: text)?.seconds == seconds)
    }

    @Test("malformed, negative and out-of-order forms are refused",
          arguments: [
              "4 hours", "h", "1m2h", "-5", "", "4hh", "1h1h", "4H", "1.5h", "4h30", "d1", "1w", "-1h",
          ])
    func rejects(text: String) {
        #expect(BusinessDuration(text: text) == nil)
    }

    @Test("values that do not fit in an Int are refused rather than wrapping",
          arguments: ["99999999999999999999", "9223372036854775807d", "106751991167300d23h", "2562047788015215h59m"])
    func rejectsOverflow(text: String) {
        #expect(BusinessDuration(text: text) == nil)
    }

    @Test("description is the shortest unit form",
          arguments: [(0, "0s"), (45, "45s"), (1800, "30m"), (14_400, "4h"), (5400, "1h30m"), (172_800, "2d"), (93_784, "1d2h3m4s"), (86_401, "1d1s")])
    func describes(seconds: Int, text: String) {
        #expect(BusinessDuration(seconds: seconds).description == text)
        #expect(BusinessDuration(text: text)?.seconds == seconds)
    }

    @Test("unit constructors and ordering")
    func constructors() {
        #expect(BusinessDuration.minutes(90) == .init(seconds: 5400))
        #expect(BusinessDuration.hours(4) == .init(seconds: 14_400))
        #expect(BusinessDuration.days(2) == .init(seconds: 172_800))
        #expect(BusinessDuration.minutes(59) < .hours(1))
    }
}
