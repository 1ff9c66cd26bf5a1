/// How a supplier works with the hub; decides channels, authority over ticket fields and the
/// quality of OLA evidence. Code asks ``capabilities`` instead of comparing tiers.
public enum Tier: String, CaseIterable, Sendable, Codable {
    /// Works inside Accord itself through the native ticket API.
    case use
    /// Keeps its own ITSM tool; pushes signed webhooks and receives Accord's changes back.
    case integrate
    /// Accord pulls its data on a schedule (API or file drop).
    case interface
    /// A prescribed vendor service: Accord reads only what the vendor exposes.
    case exclude

    /// What this tier allows, as data (made once per tier: it is asked for every ticket field applied).
    public var capabilities: TierCapabilities {
        switch self {
        case .use: Self.useCapabilities
        case .integrate: Self.integrateCapabilities
        case .interface: Self.interfaceCapabilities
        case .exclude: Self.excludeCapabilities
        }
    }

    private static let useCapabilities = TierCapabilities(
        inbound: [.nativeAPI],
        outbound: [.notification],
        supplierAuthoritativeFields: TicketField.workingFields,
        hubAuthoritativeFields: TicketField.businessFields,
        systemOfRecord: .hub,
        evidence: .complete
    )

    private static let integrateCapabilities = TierCapabilities(
        inbound: [.webhook, .poll],
        outbound: [.outbox],
        supplierAuthoritativeFields: TicketField.workingFields,
        hubAuthoritativeFields: TicketField.businessFields,
        systemOfRecord: .supplier,
        evidence: .completeUnlessGapsDetected
    )

    private static let interfaceCapabilities = TierCapabilities(
        inbound: [.poll, .fileDrop],
        outbound: [],
        supplierAuthoritativeFields: Set(TicketField.allCases),
        hubAuthoritativeFields: [],
        systemOfRecord: .supplier,
        evidence: .asOfLastSync
    )

    private static let excludeCapabilities = TierCapabilities(
        inbound: [.statusFeed],
        outbound: [],
        supplierAuthoritativeFields: [],
        hubAuthoritativeFields: [],
        systemOfRecord: .supplier,
        evidence: .availabilityOnly
    )
}
