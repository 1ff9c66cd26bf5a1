/// The set of ports one storage backend provides, handed to the server as one value.
public struct AccordStores: Sendable {
    public var suppliers: any SupplierStore
    public var tickets: any TicketStore
    public var ticketEvents: any TicketEventStore
    public var configurationItems: any ConfigurationItemStore
    public var ledger: any LedgerStore
    public var calendarVersions: any CalendarVersionStore
    public var inbox: any InboxStore
    /// The federated CMDB.
    public var cmdb: any CMDBStore
    /// Answers whether the backend can serve requests right now (for `GET /ready`).
    public var isReachable: @Sendable () async -> Bool

    public init(
        suppliers: any SupplierStore, tickets: any TicketStore, ticketEvents: any TicketEventStore,
        configurationItems: any ConfigurationItemStore, ledger: any LedgerStore, calendarVersions: any CalendarVersionStore,
        inbox: any InboxStore, cmdb: any CMDBStore, isReachable: @escaping @Sendable () async -> Bool
    ) {
        self.suppliers = suppliers
        self.tickets = tickets
        self.ticketEvents = ticketEvents
        self.configurationItems = configurationItems
        self.ledger = ledger
        self.calendarVersions = calendarVersions
        self.inbox = inbox
        self.cmdb = cmdb
        self.isReachable = isReachable
    }
}
