import GRDB

extension AccordMigrations {
    /// `v8-sync-scheduler`: the catalogue services each vendor status notice is availability
    /// evidence for, indexed by service for availability queries.
    static func registerSyncScheduler(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-sync-scheduler") { db in
            try db.create(table: "status_notice_service") { t in
                t.column("supplier", .text).notNull()
                t.column("notice_id", .text).notNull()
                t.column("service", .text).notNull()
                t.primaryKey(["supplier", "notice_id", "service"])
                t.foreignKey(["supplier", "notice_id"], references: "status_notice", columns: ["supplier", "notice_id"], onDelete: .cascade)
            }
            try db.create(index: "status_notice_service_by_service", on: "status_notice_service", columns: ["service", "supplier", "notice_id"])
        }
    }
}
