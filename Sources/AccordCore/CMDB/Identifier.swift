/// One way of recognising a configuration item: a kind (serial number, FQDN, …) and its value.
public struct Identifier: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: IdentifierKind
    public var value: String

    public init(kind: IdentifierKind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// `kind=value`.
    public var description: String { "\(kind)=\(value)" }
}

/// The kind of an ``Identifier``. Open-ended: suppliers may use kinds beyond the well-known ones.
public struct IdentifierKind: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let serialNumber: IdentifierKind = "serialNumber"
    public static let hostname: IdentifierKind = "hostname"
    public static let fqdn: IdentifierKind = "fqdn"
    public static let ipAddress: IdentifierKind = "ipAddress"
    public static let macAddress: IdentifierKind = "macAddress"
    public static let assetTag: IdentifierKind = "assetTag"
    public static let cloudResourceId: IdentifierKind = "cloudResourceId"
    public static let name: IdentifierKind = "name"
}
