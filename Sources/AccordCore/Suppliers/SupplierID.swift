import Foundation

/// A supplier's stable identifier: a lowercase slug such as `netnova` or `cloud-hosting`.
///
/// Slugs appear in URLs (`/webhooks/{supplier}`), file names (`Config/suppliers/<id>.yaml`) and
/// ledger entries, so they are restricted to `a-z`, `0-9` and inner hyphens, 1–63 characters.
public struct SupplierID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Creates an identifier, or returns `nil` when `rawValue` is not a valid slug.
    public init?(_ rawValue: String) {
        guard Self.isValidSlug(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: SupplierID, rhs: SupplierID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether `text` is a slug: 1–63 of `a-z0-9-`, not starting or ending with a hyphen.
    public static func isValidSlug(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard (1...63).contains(scalars.count), scalars.first != "-", scalars.last != "-" else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = SupplierID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a supplier slug"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
