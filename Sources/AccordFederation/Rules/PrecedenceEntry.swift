import AccordCore

/// One step of an attribute's precedence: a named supplier, or every supplier of a tier.
public enum PrecedenceEntry: Sendable, Hashable, CustomStringConvertible {
    case supplier(SupplierID)
    case tier(Tier)

    /// Parses `tier:integrate` or a supplier id; `nil` when neither.
    public init?(text: String) {
        if text.hasPrefix("tier:") {
            guard let tier = Tier(rawValue: String(text.dropFirst(5))) else { return nil }
            self = .tier(tier)
        } else {
            guard let supplier = SupplierID(text) else { return nil }
            self = .supplier(supplier)
        }
    }

    public var description: String {
        switch self {
        case .supplier(let id): id.rawValue
        case .tier(let tier): "tier:" + tier.rawValue
        }
    }
}
