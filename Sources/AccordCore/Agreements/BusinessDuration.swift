/// An amount of business time in whole seconds.
///
/// Written in configuration as plain seconds (`14400`) or with units: `30m`, `4h`, `2d`, `1h30m`.
/// A day is 24 hours of business time (`2d` = 172 800 business seconds), never "two working days".
public struct BusinessDuration: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    public static func minutes(_ value: Int) -> BusinessDuration { .init(seconds: value * 60) }
    public static func hours(_ value: Int) -> BusinessDuration { .init(seconds: value * 3600) }
    public static func days(_ value: Int) -> BusinessDuration { .init(seconds: value * 86_400) }

    /// Parses seconds or a unit string (`d`, `h`, `m`, `s`, largest first, each at most once).
    public init?(text: String) {
        let trimmed = text.trimmingWhitespace()
        if let seconds = Int(trimmed) {
            guard seconds >= 0 else { return nil }
            self.seconds = seconds
            return
        }
        let units: [(Character, Int)] = [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)]
        var total = 0
        var digits = ""
        var nextUnit = 0
        for character in trimmed {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let index = units[nextUnit...].firstIndex(where: { $0.0 == character }),
                  let value = Int(digits) else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: units[index].1)
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            guard !overflow, !sumOverflow else { return nil }
            total = sum
            digits = ""
            nextUnit = index + 1
            if nextUnit > units.count { return nil }
        }
        guard digits.isEmpty, nextUnit > 0 else { return nil }
        self.seconds = total
    }

    /// The shortest unit form: `4h`, `1h30m`, `0s`.
    public var description: String {
        guard seconds > 0 else { return "0s" }
        var rest = seconds
        var text = ""
        for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }

    public static func < (lhs: BusinessDuration, rhs: BusinessDuration) -> Bool { lhs.seconds < rhs.seconds }

    public init(from decoder: any Decoder) throws { seconds = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(seconds)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
