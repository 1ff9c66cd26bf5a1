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
}
