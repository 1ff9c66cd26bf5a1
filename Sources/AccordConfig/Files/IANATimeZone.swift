import Foundation

/// Checks time zone names against the IANA database Foundation ships with.
enum IANATimeZone {
    private static let known = Set(TimeZone.knownTimeZoneIdentifiers)

    /// Whether `name` is an IANA zone name (`Europe/London`, `UTC`); abbreviations such as `EST`
    /// or offsets such as `GMT+1` are refused because their meaning is ambiguous.
    static func isKnown(_ name: String) -> Bool {
        (known.contains(name) || name == "UTC") && TimeZone(identifier: name) != nil
    }
}
