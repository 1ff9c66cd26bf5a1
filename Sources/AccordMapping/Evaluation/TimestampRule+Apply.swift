import Foundation

extension TimestampRule {
    /// Reads `text` into an instant, resolving local times in the rule's zone.
    func instant(from text: String) throws(TimestampPattern.Failure) -> CanonicalInstant {
        switch format {
        case .epochSeconds, .epochMillis:
            return try epoch(text, millis: format == .epochMillis)
        case .rfc3339:
            return try resolve(TimestampPattern.readRFC3339(text))
        case .pattern(let pattern):
            return try resolve(pattern.read(text))
        }
    }

    /// `1709540100`, `1709540100.5`, `-1.5` (before 1970: one and a half seconds before), or the same in milliseconds.
    private func epoch(_ text: String, millis: Bool) throws(TimestampPattern.Failure) -> CanonicalInstant {
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(first),
              parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .init(message: "not a number of \(millis ? "milliseconds" : "seconds")")
        }
        // The magnitude first, in whole seconds and fraction digits …
        var seconds = millis ? whole / 1000 : whole
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if millis {
            let milliseconds = String(whole % 1000)
            fraction = String(repeating: "0", count: 3 - milliseconds.count) + milliseconds + fraction
        }
        guard negative else { return CanonicalInstant(epochSeconds: seconds, fractionDigits: fraction) }
        // … then its negation: -1.25 is -2 + 0.75 (the fraction's complement, to as many digits).
        guard fraction.contains(where: { $0 != "0" }) else { return CanonicalInstant(epochSeconds: -seconds, fractionDigits: fraction) }
        seconds = -seconds - 1
        var digits = Array(fraction.utf8)
        let last = digits.lastIndex { $0 != UInt8(ascii: "0") } ?? 0  // a non-zero digit exists (checked above)
        for index in 0 ..< last { digits[index] = UInt8(ascii: "9") - (digits[index] - UInt8(ascii: "0")) }
        digits[last] = UInt8(ascii: "0") + 10 - (digits[last] - UInt8(ascii: "0"))
        return CanonicalInstant(epochSeconds: seconds, fractionDigits: String(decoding: digits, as: UTF8.self))
    }

    private func resolve(_ local: LocalTimestamp) throws(TimestampPattern.Failure) -> CanonicalInstant {
        let wallClock = try local.wallClockSeconds()
        if let offset = local.offset {
            return CanonicalInstant(epochSeconds: wallClock - offset, fractionDigits: local.fraction)
        }
        if zoneIsUTC { return CanonicalInstant(epochSeconds: wallClock, fractionDigits: local.fraction) }
        guard let zoneIdentifier, let zone else {
            throw .init(message: "the text has no offset and the adapter names no zone")
        }
        // Every offset the zone uses around this wall-clock time; an instant is valid when the
        // zone's offset at that instant is the one used to reach it.
        let probes = [wallClock - 86_400, wallClock, wallClock + 86_400]
        let offsets = Set(probes.map { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0)))) })
        let candidates = offsets.map { wallClock - $0 }.filter { instant in
            Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))) == wallClock - instant
        }.sorted()
        if candidates.count == 1 { return CanonicalInstant(epochSeconds: candidates[0], fractionDigits: local.fraction) }
        if candidates.isEmpty {
            guard nonexistent == .shiftForward else {
                throw .init(message: "local time does not exist in \(zoneIdentifier) (skipped by a daylight-saving change); the adapter's rule is 'nonexistent: error'")
            }
            // Read with the offset in force before the gap, which lands after it.
            let before = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(wallClock - 86_400))))
            return CanonicalInstant(epochSeconds: wallClock - before, fractionDigits: local.fraction)
        }
        switch ambiguous {
        case .earlier: return CanonicalInstant(epochSeconds: candidates[0], fractionDigits: local.fraction)
        case .later: return CanonicalInstant(epochSeconds: candidates[candidates.count - 1], fractionDigits: local.fraction)
        case .error:
            throw .init(message: "local time happens twice in \(zoneIdentifier) (daylight-saving change); the adapter's rule is 'ambiguous: error'")
        }
    }
}
