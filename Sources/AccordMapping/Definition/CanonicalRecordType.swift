/// The kinds of canonical record an adapter yields.
public enum CanonicalRecordType: String, Sendable, Hashable, CaseIterable, Codable {
    case ticket
    case ticketEvent
    case configurationItem
    case relationship
    case statusNotice

    /// Fields every rule of this type must map.
    var requiredFields: [CanonicalField] {
        switch self {
        case .relationship: [.source, .target]
        default: [.externalId]
        }
    }
}
