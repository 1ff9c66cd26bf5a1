@testable import AccordConnectors
import Foundation
import Testing

@Suite("Retry-After: delta-seconds and the three HTTP-date formats")
struct RetryAfterTests {
    let now = Date(timeIntervalSince1970: 784_111_000)  // 1994-11-06 08:36:40Z
    /// Sun, 06 Nov 1994 08:49:37 GMT (RFC 9110's example).
    let example = Date(timeIntervalSince1970: 784_111_777)

    @Test("delta-seconds count from now", arguments: [("120", 120.0), ("0", 0.0), (" 7 ", 7.0)])
    func seconds(value: String, delta: Double) {
        #expect(RetryAfter.until(value, now: now) == now.addingTimeInterval(delta))
    }

    @Test("IMF-fixdate, RFC 850 and asctime() name the same instant", arguments: [
        "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
    ])
    func dates(value: String) {
        #expect(RetryAfter.until(value, now: now) == example)
    }

    @Test("unreadable values give no floor", arguments: ["", "soon", "-5", "1.5", "Sun, 32 Nov 1994 08:49:37 GMT", "٣", "99999999999999999999999"])
    func unreadable(value: String) {
        #expect(RetryAfter.until(value, now: now) == nil)
    }
}
