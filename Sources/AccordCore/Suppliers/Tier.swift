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

    /// What this tier allows, as data.
    public var capabilities: TierCapabilities {
        switch self {
        case .use:
            TierCapabilities(
                inbound: [.nativeAPI],
                outbound: [.notification],
                supplierAuthoritativeFields: TicketField.workingFields,
                hubAuthoritativeFields: TicketField.businessFields,
                systemOfRecord: .hub,
                evidence: .complete
            )
        case .integrate:
            TierCapabilities(
                inbound: [.webhook, .poll],
                outbound: [.outbox],
                supplierAuthoritativeFields: TicketField.workingFields,
                hubAuthoritativeFields: TicketField.businessFields,
                systemOfRecord: .supplier,
                evidence: .completeUnlessGapsDetected
            )
        case .interface:
            TierCapabilities(
                inbound: [.poll, .fileDrop],
                outbound: [],
                supplierAuthoritativeFields: Set(TicketField.allCases),
                hubAuthoritativeFields: [],
                systemOfRecord: .supplier,
                evidence: .asOfLastSync
            )
        case .exclude:
            TierCapabilities(
                inbound: [.statusFeed],
                outbound: [],
                supplierAuthoritativeFields: [],
                hubAuthoritativeFields: [],
                systemOfRecord: .supplier,
                evidence: .availabilityOnly
            )
        }
    }
}
