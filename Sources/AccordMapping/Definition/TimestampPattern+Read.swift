/// The parts a ``TimestampPattern`` read from a text, before any zone is applied.
struct LocalTimestamp: Sendable, Hashable {
    var year: Int64 = 0, month: Int64 = 1, day: Int64 = 1
    var hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0
    var fraction = ""
    /// Seconds east of UTC when the text carried an offset.
    var offset: Int64?

    /// Seconds since 1970 if the wall-clock reading were UTC; checks every range.
    func wallClockSeconds() throws(TimestampPattern.Failure) -> Int64 {
        guard let days = CivilDate.daysInMonth(year: year, month: month) else {
            throw .init(message: "month \(month) is out of range")
        }
        guard day >= 1, day <= days else { throw .init(message: "day \(day) is out of range for month \(month)") }
        guard hour <= 23 else { throw .init(message: "hour \(hour) is out of range") }
        guard minute <= 59 else { throw .init(message: "minute \(minute) is out of range") }
        guard second <= 60 else { throw .init(message: "second \(second) is out of range") }
        let civil = CivilDate(year: year, month: month, day: day)
        return civil.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + min(second, 59)
    }
}

extension TimestampPattern {
    /// Reads `text` strictly by the pattern.
    func read(_ text: String) throws(Failure) -> LocalTimestamp {
        let bytes = Array(text.utf8)
        var result = LocalTimestamp()
        var index = 0
        func digits(_ count: Int, _ what: String) throws(Failure) -> Int64 {
            guard index + count <= bytes.count else { throw Failure(message: "text ends before the \(what)") }
            var value: Int64 = 0
            for byte in bytes[index..<(index + count)] {
                guard byte >= 48, byte <= 57 else { throw Failure(message: "expected \(count) digits for the \(what) at character \(index + 1)") }
                value = value * 10 + Int64(byte - 48)
            }
            index += count
            return value
        }
        for token in tokens {
            switch token {
            case .year: result.year = try digits(4, "year")
            case .month: result.month = try digits(2, "month")
            case .day: result.day = try digits(2, "day")
            case .hour: result.hour = try digits(2, "hour")
            case .minute: result.minute = try digits(2, "minute")
            case .second: result.second = try digits(2, "second")
            case .fraction:
                let start = index
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
                guard index > start else { throw Failure(message: "expected fraction digits at character \(start + 1)") }
                result.fraction = String(decoding: bytes[start..<index], as: UTF8.self)
            case .offsetExtended, .offsetBasic:
                guard index < bytes.count else { throw Failure(message: "text ends before the offset") }
                if bytes[index] == UInt8(ascii: "Z") {
                    index += 1
                    result.offset = 0
                    continue
                }
                let sign: Int64 = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else {
                    throw Failure(message: "expected an offset (Z, +hh:mm or +hhmm) at character \(index + 1)")
                }
                index += 1
                let hours = try digits(2, "offset hours")
                if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
                let minutes = try digits(2, "offset minutes")
                guard hours <= 23, minutes <= 59 else { throw Failure(message: "offset out of range") }
                result.offset = sign * (hours * 3600 + minutes * 60)
            case .literal(let expected):
                guard index < bytes.count, bytes[index] == expected else {
                    throw Failure(message: "expected '\(String(decoding: [expected], as: UTF8.self))' at character \(index + 1)")
                }
                index += 1
            }
        }
        guard index == bytes.count else { throw Failure(message: "unexpected text after character \(index)") }
        return result
    }

    /// The pattern `rfc3339` uses; the `T` may also be a space or `t`, the fraction is optional.
    static func readRFC3339(_ text: String) throws(Failure) -> LocalTimestamp {
        var normalised = Array(text.utf8)
        if normalised.count > 10, normalised[10] == UInt8(ascii: " ") || normalised[10] == UInt8(ascii: "t") {
            normalised[10] = UInt8(ascii: "T")
        }
        if let last = normalised.last, last == UInt8(ascii: "z") { normalised[normalised.count - 1] = UInt8(ascii: "Z") }
        let clean = String(decoding: normalised, as: UTF8.self)
        let hasFraction = normalised.count > 19 && normalised[19] == UInt8(ascii: ".")
        let pattern = hasFraction ? rfc3339WithFraction : rfc3339Plain
        return try pattern.read(clean)
    }

    private static let rfc3339Plain = (try? TimestampPattern("yyyy-MM-dd'T'HH:mm:ssXXX")) ?? TimestampPattern(uncheckedTokens: [])
    private static let rfc3339WithFraction = (try? TimestampPattern("yyyy-MM-dd'T'HH:mm:ss.SXXX")) ?? TimestampPattern(uncheckedTokens: [])

    private init(uncheckedTokens: [Token]) { tokens = uncheckedTokens }
}
