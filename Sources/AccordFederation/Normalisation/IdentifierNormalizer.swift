import Foundation
import AccordCore

/// Puts identifier values into one canonical spelling before matching, so that the same server
/// reported as `SN 12-34`, `sn1234` and `SN1234` is recognised once.
///
/// | kind | canonical form |
/// |---|---|
/// | `serialNumber`, `assetTag` | upper case, spaces and dashes removed |
/// | `hostname`, `fqdn` | lower case, trailing dots removed |
/// | `macAddress` | `aa:bb:cc:dd:ee:ff` from any of `AA-BB-…`, `aabb.ccdd.eeff`, `aabbccddeeff` |
/// | `ipAddress` | IPv4 dotted decimal; IPv6 per RFC 5952 (IPv4-mapped becomes IPv4); prefix and zone dropped |
/// | anything else | trimmed, lower case, inner whitespace collapsed |
public enum IdentifierNormalizer {
    /// The canonical value, or `nil` when nothing is left (an empty identifier never matches).
    public static func normalize(_ value: String, kind: IdentifierKind) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let result: String
        switch kind {
        case .serialNumber, .assetTag:
            result = String(trimmed.uppercased().filter { !$0.isWhitespace && $0 != "-" })
        case .hostname, .fqdn:
            result = hostName(trimmed)
        case .macAddress:
            result = macAddress(trimmed)
        case .ipAddress:
            result = IPAddressNormalizer.canonical(trimmed) ?? trimmed.lowercased()
        default:
            result = text(trimmed)
        }
        return result.isEmpty ? nil : result
    }

    /// A record's identifiers normalised, in order, empties and exact repeats left out.
    public static func normalize(_ identifiers: [Identifier]) -> [Identifier] {
        var seen = Set<Identifier>()
        var result: [Identifier] = []
        for identifier in identifiers {
            guard let value = normalize(identifier.value, kind: identifier.kind) else { continue }
            let normalized = Identifier(kind: identifier.kind, value: value)
            if seen.insert(normalized).inserted { result.append(normalized) }
        }
        return result
    }

    /// Free text (names, attribute values used as identifiers): trimmed, lower case, single spaces.
    public static func text(_ value: String) -> String {
        value.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func hostName(_ value: String) -> String {
        var text = value.lowercased()
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func macAddress(_ value: String) -> String {
        let hex = value.lowercased().filter { $0 != ":" && $0 != "-" && $0 != "." && !$0.isWhitespace }
        guard hex.count == 12, hex.allSatisfy(\.isHexDigit) else { return value.lowercased() }
        var pairs: [String] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            pairs.append(String(hex[index ..< next]))
            index = next
        }
        return pairs.joined(separator: ":")
    }
}
