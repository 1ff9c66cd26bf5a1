import GRDB

extension AccordMigrations {
    /// `v7-reconciliation`: clock records (one row per ticket × agreement × clock × cycle, replaced
    /// whenever the ticket's ledger changes) and the raw reports suppliers submit about themselves.
    static func registerReconciliation(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-reconciliation") { db in
            try db.create(table: "clock_record", options: [.withoutRowID]) { t in
                t.column("ticket_id", .text).notNull()
                t.column("agreement_id", .text).notNull()
                t.column("clock", .text).notNull()
                t.column("cycle", .integer).notNull()
                t.column("priority", .integer)
                t.column("service", .text)
                t.column("started_at", .double).notNull()
                t.column("stopped_at", .double)
                t.column("outcome", .text)
                t.column("elapsed", .integer).notNull()
                t.column("target", .integer)
                t.column("breached_at", .double)
                t.column("stop_event", .text)
                t.primaryKey(["ticket_id", "agreement_id", "clock", "cycle"])
            }
            try db.create(index: "clock_record_on_agreement", on: "clock_record", columns: ["agreement_id", "started_at"])
            try db.create(table: "supplier_report") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("supplier", .text).notNull()
                t.column("period", .text).notNull()
                t.column("received_at", .double).notNull()
                t.column("content_type", .text).notNull()
                t.column("body", .blob).notNull()
                t.column("row_count", .integer).notNull()
                t.column("sha256", .text).notNull()
            }
            try db.create(index: "supplier_report_on_supplier", on: "supplier_report", columns: ["supplier", "period", "id"])
        }
        // A period's records are those stopped since its start (or still open) and started before its
        // end: found by the stop instant, so a month reads about a month of rows, not all history.
        migrator.registerMigration("v11-clock-record-by-stop") { db in
            try db.create(index: "clock_record_on_agreement_stop", on: "clock_record", columns: ["agreement_id", "stopped_at"])
        }
    }
}
