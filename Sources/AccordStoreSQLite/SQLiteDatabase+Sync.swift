import AccordCore

extension SQLiteDatabase {
    /// Sync runs, checkpoints, record hashes and imported files.
    public var syncStore: SQLiteSyncStore { SQLiteSyncStore(pool: pool) }

    /// Vendor status notices (availability evidence).
    public var statusNoticeStore: SQLiteStatusNoticeStore { SQLiteStatusNoticeStore(pool: pool) }

    /// ``stores`` with the sync and status-notice ports filled in.
    public var storesWithSync: AccordStores {
        var stores = self.stores
        stores.sync = syncStore
        stores.statusNotices = statusNoticeStore
        return stores
    }
}
