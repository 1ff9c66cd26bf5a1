import AccordCore
import Foundation

/// One synthetic ticket: the route it reaches the hub by and what happens to it, in order.
public struct SyntheticTicket: Sendable, Hashable {
    /// The supplier system a ticket lives in, and so the path it reaches the hub by.
    public enum Route: String, Sendable, Hashable, CaseIterable {
        /// Raised and worked by the Use-tier desk through the TMF621 API.
        case desk
        /// Raised in NetNova's Jira; reaches the hub as signed webhooks.
        case netnova
        /// In Stratus' ServiceNow; pulled nightly through the Table API.
        case stratusAPI
        /// In Stratus' ServiceNow; exported nightly as an XML file into the file-drop directory.
        case stratusFile
    }

    /// The key in the supplier system: `DESK-0001`, `NET-1001`, `INC0010001`.
    public var key: String
    public var route: Route
    /// The summary as the supplier system shows it.
    public var title: String
    /// P1–P4, fixed for the ticket's life (the integrator sets it at triage on the desk's tickets).
    public var priority: Priority
    /// A service id of `Config/services.yaml`.
    public var service: String
    /// In time order; the first is always ``SyntheticChange/opened``.
    public var steps: [SyntheticStep]
    /// For a desk ticket handed to NetNova: the key of the NetNova issue that did the work.
    public var escalatedTo: String?

    public init(key: String, route: Route, title: String, priority: Priority, service: String, steps: [SyntheticStep], escalatedTo: String? = nil) {
        self.key = key
        self.route = route
        self.title = title
        self.priority = priority
        self.service = service
        self.steps = steps
        self.escalatedTo = escalatedTo
    }

    /// The state the ticket is in after every step up to and including `instant`.
    public func state(at instant: Date) -> SyntheticState? {
        var state: SyntheticState?
        for step in steps where step.at <= instant { state = step.change.state(after: state) }
        return state
    }
}

/// Something that happens to a ticket at an instant.
public struct SyntheticStep: Sendable, Hashable {
    /// When it happens at the source.
    public var at: Date
    public var change: SyntheticChange

    public init(at: Date, change: SyntheticChange) {
        self.at = at
        self.change = change
    }
}

/// What a step does to a ticket.
public enum SyntheticChange: Sendable, Hashable {
    case opened
    /// Work starts: the first response.
    case started
    case pendingCustomer
    case resumed
    /// Custody moves to another supplier (desk → NetNova → desk).
    case handedTo(SupplierID)
    case resolved
    case reopened
    case closed

    /// The state after this change, from `previous`; `nil` when the change is not allowed there.
    public func state(after previous: SyntheticState?) -> SyntheticState? {
        switch (self, previous) {
        case (.opened, nil): .new
        case (.started, .new?): .inProgress
        case (.pendingCustomer, .inProgress?): .pendingCustomer
        case (.resumed, .pendingCustomer?): .inProgress
        case (.handedTo, .inProgress?): .inProgress
        case (.resolved, .inProgress?): .resolved
        case (.reopened, .resolved?): .inProgress
        case (.closed, .resolved?): .closed
        default: nil
        }
    }
}

/// The coarse life-cycle state of a synthetic ticket.
public enum SyntheticState: String, Sendable, Hashable {
    case new, inProgress, pendingCustomer, resolved, closed
}

/// A vendor service-health notice (the Exclude-tier feed).
public struct SyntheticNotice: Sendable, Hashable {
    /// Graph's issue id (`EX…`, `TM…`, `SP…`).
    public var id: String
    /// The vendor's service name (`Exchange Online`, …), as the feed names it.
    public var service: String
    public var title: String
    /// `incident` or `advisory`.
    public var classification: String
    /// When the degradation started and when service was restored.
    public var start: Date
    public var end: Date

    public init(id: String, service: String, title: String, classification: String, start: Date, end: Date) {
        self.id = id
        self.service = service
        self.title = title
        self.classification = classification
        self.start = start
        self.end = end
    }
}
