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

    private func epoch(_ text: String, millis: Bool) throws(TimestampPattern.Failure) -> CanonicalInstant {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = Int64(parts[0]), parts.count == 1 || parts[1].allSatisfy(\.isASCII) && parts[1].allSatisfy(\.isNumber) else {
            throw .init(message: "not a number of \(millis ? "milliseconds" : "seconds")")
        }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard millis else { return CanonicalInstant(epochSeconds: whole, fractionDigits: fraction) }
        let seconds = whole >= 0 ? whole / 1000 : (whole - 999) / 1000
        let milliseconds = whole - seconds * 1000
        let padded = String(milliseconds)
        fraction = String(repeating: "0", count: 3 - padded.count) + padded + fraction
        return CanonicalInstant(epochSeconds: seconds, fractionDigits: fraction)
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
