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
    /// API tokens (digests only).
    public var tokens: any TokenStore
    /// TMF621 hub listeners and their notification outbox.
    public var listeners: any ListenerStore
    /// Sync runs, checkpoints and vendor status notices (`nil` where a backend has none; see docs/SYNC.md).
    public var sync: (any SyncStore)?
    public var statusNotices: (any StatusNoticeStore)?
    /// Flattened clock records for scorecards, and supplier self-reports (see docs/RECONCILIATION.md).
    public var clockRecords: (any ClockRecordStore)?
    public var supplierReports: (any SupplierReportStore)?
    /// The backend's own one-transaction delivery apply (`nil`: ``ticketDeliveries`` goes
    /// through the ports one after another).
    public var transactionalTicketDeliveries: (any TicketDeliveryStore)?
    /// The backend's own one-transaction apply of a delivery's configuration item records (`nil`:
    /// ``configurationItemDeliveries`` goes through ``configurationItems`` record by record).
    public var transactionalConfigurationItemDeliveries: (any ConfigurationItemDeliveryStore)?
    /// Answers whether the backend can serve requests right now (for `GET /ready`).
    public var isReachable: @Sendable () async -> Bool

    public init(
        suppliers: any SupplierStore, tickets: any TicketStore, ticketEvents: any TicketEventStore,
        configurationItems: any ConfigurationItemStore, ledger: any LedgerStore, calendarVersions: any CalendarVersionStore,
        inbox: any InboxStore, cmdb: any CMDBStore, tokens: any TokenStore, listeners: any ListenerStore,
        isReachable: @escaping @Sendable () async -> Bool
    ) {
        self.suppliers = suppliers
        self.tickets = tickets
        self.ticketEvents = ticketEvents
        self.configurationItems = configurationItems
        self.ledger = ledger
        self.calendarVersions = calendarVersions
        self.inbox = inbox
        self.cmdb = cmdb
        self.tokens = tokens
        self.listeners = listeners
        self.isReachable = isReachable
    }

    /// Applies a delivery's ticket records: in one transaction where the backend has one.
    public var ticketDeliveries: any TicketDeliveryStore {
        transactionalTicketDeliveries ?? PortsTicketDeliveryStore(stores: self)
    }

    /// Applies a delivery's configuration item records: in one transaction where the backend has one.
    public var configurationItemDeliveries: any ConfigurationItemDeliveryStore {
        transactionalConfigurationItemDeliveries ?? PortsConfigurationItemDeliveryStore(items: configurationItems, inbox: inbox)
    }
}
