/// Who an API token speaks for: one supplier, the service integrator, or an administrator.
///
/// Its text form (``description``, also its `Codable` form) is `supplier:<id>`, `integrator` or
/// `admin`, as `accord tokens create --principal` takes it.
public enum Principal: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A supplier: sees only tickets assigned to it now or before and its own CI source records.
    case supplier(SupplierID)
    /// The service integrator: reads everything, changes business fields.
    case integrator
    /// Reads and changes everything.
    case admin

    /// The supplier this principal is, if it is one.
    public var supplier: SupplierID? {
        if case .supplier(let id) = self { return id }
        return nil
    }

    /// The principal's kind without the supplier (`supplier`, `integrator`, `admin`).
    public var kind: String {
        switch self {
        case .supplier: "supplier"
        case .integrator: "integrator"
        case .admin: "admin"
        }
    }

    public var description: String {
        if let supplier { return "supplier:\(supplier)" }
        return kind
    }

    /// Parses the text form; `nil` for anything else (including an invalid supplier slug).
    public init?(text: String) {
        switch text {
        case "integrator": self = .integrator
        case "admin": self = .admin
        default:
            guard text.hasPrefix("supplier:"), let id = SupplierID(String(text.dropFirst("supplier:".count))) else { return nil }
            self = .supplier(id)
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let principal = Principal(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown principal '\(text)'"))
        }
        self = principal
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
