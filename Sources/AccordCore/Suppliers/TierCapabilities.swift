/// What a ``Tier`` allows: the channels the hub opens, who owns which ticket fields, and how far
/// OLA figures computed for such a supplier can be trusted.
public struct TierCapabilities: Sendable, Equatable {
    /// Channels through which the supplier's data reaches the hub.
    public var inbound: Set<Channel>
    /// Channels through which the hub sends its changes to the supplier.
    public var outbound: Set<Channel>
    /// Ticket fields whose value the supplier's side decides.
    public var supplierAuthoritativeFields: Set<TicketField>
    /// Ticket fields whose value the hub (the service integrator) decides.
    public var hubAuthoritativeFields: Set<TicketField>
    /// Where the supplier's tickets are mastered.
    public var systemOfRecord: SystemOfRecord
    /// How complete the OLA evidence for this tier is.
    public var evidence: EvidenceQuality

    public init(
        inbound: Set<Channel>, outbound: Set<Channel>,
        supplierAuthoritativeFields: Set<TicketField>, hubAuthoritativeFields: Set<TicketField>,
        systemOfRecord: SystemOfRecord, evidence: EvidenceQuality
    ) {
        self.inbound = inbound
        self.outbound = outbound
        self.supplierAuthoritativeFields = supplierAuthoritativeFields
        self.hubAuthoritativeFields = hubAuthoritativeFields
        self.systemOfRecord = systemOfRecord
        self.evidence = evidence
    }

    /// Whether data may arrive through `channel`.
    public func accepts(_ channel: Channel) -> Bool { inbound.contains(channel) }

    /// Whether a change to `field` coming from the supplier is authoritative.
    public func supplierOwns(_ field: TicketField) -> Bool { supplierAuthoritativeFields.contains(field) }
}

/// Where a supplier's tickets are mastered.
public enum SystemOfRecord: String, Sendable, Codable {
    case hub
    case supplier
}

/// How far OLA figures for a supplier can be trusted, shown beside every figure.
public enum EvidenceQuality: String, Sendable, Codable, CaseIterable {
    /// Every timestamp is Accord's own.
    case complete
    /// Complete when events arrive; detected gaps are reported.
    case completeUnlessGapsDetected
    /// As fresh as the last successful sync.
    case asOfLastSync
    /// Availability and notice times only.
    case availabilityOnly
}
