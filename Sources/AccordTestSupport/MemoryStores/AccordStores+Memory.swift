import AccordCore

extension AccordStores {
    /// A fresh set of in-memory stores.
    public static func memory() -> AccordStores {
        var stores = AccordStores(
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
        stores.clockRecords = MemoryClockRecordStore()
        stores.supplierReports = MemorySupplierReportStore()
        stores.statusNotices = MemoryStatusNoticeStore()
        return stores
    }
}
