/// A service level agreement with the customer or an operational level agreement with a supplier.
public struct Agreement: Sendable, Hashable, Codable, Identifiable {
    public var id: AgreementID
    public var kind: AgreementKind
    /// Response and resolution targets by priority; a priority without a target is out of scope.
    public var targets: [Priority: ResponseResolutionTarget]
    /// Percentage of a target after which a warning is raised (e.g. 75).
    public var warningThresholdPercent: Int
    /// The calendar the clocks run on.
    public var calendarID: CalendarID
    /// States in which the clocks stop.
    public var pauseStates: Set<PauseCondition>
    public var reopenPolicy: ReopenPolicy
    /// What stops the response clock.
    public var responseRule: ResponseRule
    /// Compliance targets and service credits over a period; `nil` when the agreement has none.
    public var compliance: ComplianceTerms?

    public init(
        id: AgreementID, kind: AgreementKind, targets: [Priority: ResponseResolutionTarget],
        warningThresholdPercent: Int = 75, calendarID: CalendarID,
        pauseStates: Set<PauseCondition> = PauseCondition.defaults, reopenPolicy: ReopenPolicy = .continue,
        responseRule: ResponseRule? = nil, compliance: ComplianceTerms? = nil
    ) {
        self.id = id
        self.kind = kind
        self.targets = targets
        self.warningThresholdPercent = warningThresholdPercent
        self.calendarID = calendarID
        self.pauseStates = pauseStates
        self.reopenPolicy = reopenPolicy
        self.responseRule = responseRule ?? kind.defaultResponseRule
        self.compliance = compliance
    }

    /// Whether the clocks stop while a ticket is in `state`.
    public func pauses(in state: TicketState) -> Bool {
        pauseStates.contains { $0.matches(state) }
    }
}

/// Which side of the integrator an agreement binds.
public enum AgreementKind: Sendable, Hashable, Codable {
    /// A customer-facing SLA for a catalogue service.
    case sla(ServiceID)
    /// A supplier's OLA towards the integrator.
    case ola(SupplierID)

    /// SLAs count assignment as the response; OLAs wait for the supplier to start work.
    public var defaultResponseRule: ResponseRule {
        switch self {
        case .sla: .assigned
        case .ola: .inProgress
        }
    }
}

/// What happens to the clocks when a resolved ticket is reopened.
public enum ReopenPolicy: String, Sendable, Codable, CaseIterable {
    /// The clock resumes with the time it had; time spent resolved counts as a pause.
    case `continue`
    /// The ticket keeps its original start; time spent resolved counts against the target.
    case fromOriginalStart
    /// A new cycle starts; earlier cycles are kept.
    case restart
}
