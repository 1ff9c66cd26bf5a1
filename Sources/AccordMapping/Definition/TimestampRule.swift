import Foundation

/// How a `timestamp` transform reads text into an instant.
struct TimestampRule: Sendable, Hashable {
    enum Format: Sendable, Hashable {
        case rfc3339
        case epochSeconds
        case epochMillis
        case pattern(TimestampPattern)
    }

    /// What to do with a local time that a daylight-saving change skips.
    enum NonexistentRule: String, Sendable, Hashable, CaseIterable {
        case error
        case shiftForward
    }

    /// What to do with a local time that a daylight-saving change repeats.
    enum AmbiguousRule: String, Sendable, Hashable, CaseIterable {
        case error
        case earlier
        case later
    }

    var format: Format
    /// The format as written, for messages.
    var formatText: String
    /// IANA zone for local times; `nil` only when the format always carries an offset.
    var zoneIdentifier: String?
    var nonexistent: NonexistentRule
    var ambiguous: AmbiguousRule
    /// The zone, looked up once when the adapter is loaded rather than per value.
    let zone: TimeZone?
    /// `true` when the zone is UTC under one of its names: local time is UTC, no lookup needed.
    let zoneIsUTC: Bool

    init(format: Format, formatText: String, zoneIdentifier: String?, nonexistent: NonexistentRule, ambiguous: AmbiguousRule) {
        self.format = format
        self.formatText = formatText
        self.zoneIdentifier = zoneIdentifier
        self.nonexistent = nonexistent
        self.ambiguous = ambiguous
        let zone = zoneIdentifier.flatMap(TimeZone.init(identifier:))
        self.zone = zone
        // Only names that are UTC by definition; any other zone (even one at +00:00 today) may
        // have had other offsets and goes through the full resolution.
        let utcNames: Set<String> = ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"]
        self.zoneIsUTC = zoneIdentifier.map(utcNames.contains) == true && zone?.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) == 0
    }
}
