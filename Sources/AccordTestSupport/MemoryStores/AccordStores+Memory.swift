import AccordCore

extension AccordStores {
    /// A fresh set of in-memory stores.
    public static func memory() -> AccordStores {
        AccordStores(
            suppliers: MemorySupplierStore(),
            tickets: MemoryTicketStore(),
            ticketEvents: MemoryTicketEventStore(),
            configurationItems: MemoryConfigurationItemStore(),
            ledger: MemoryLedgerStore(),
            calendarVersions: MemoryCalendarVersionStore(),
            inbox: MemoryInboxStore(),
            cmdb: MemoryCMDBStore(),
            tokens: MemoryTokenStore(),
            listeners: MemoryListenerStore(),
            isReachable: { true }
        )
    }
}
