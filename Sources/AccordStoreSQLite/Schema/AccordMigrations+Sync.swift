import GRDB

extension AccordMigrations {
    /// `v6-sync`: sync runs with their page checkpoints, per-record content hashes, watermarks,
    /// imported files and vendor status notices.
    static func registerSync(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-sync") { db in
            try db.create(table: "sync_run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("supplier", .text).notNull()
                t.column("resource", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("started_at", .double).notNull()
                t.column("finished_at", .double)
                t.column("status", .text).notNull()
                t.column("pages", .integer).notNull()
                t.column("counts", .jsonText).notNull()
                t.column("watermark_before", .double)
                t.column("watermark_after", .double)
                t.column("checkpoint", .jsonText)
                t.column("error", .text)
            }
            try db.create(index: "sync_run_on_supplier", on: "sync_run", columns: ["supplier", "resource", "status", "id"])
            try db.create(table: "sync_watermark") { t in
                t.column("supplier", .text).notNull()
                t.column("resource", .text).notNull()
                t.column("watermark", .double)
                t.primaryKey(["supplier", "resource"])
            }
            try db.create(table: "sync_record") { t in
                t.column("supplier", .text).notNull()
                t.column("resource", .text).notNull()
                t.column("external_id", .text).notNull()
                t.column("record_type", .text).notNull()
                t.column("content_hash", .text).notNull()
                t.column("last_seen_run", .integer).notNull()
                t.column("missing_runs", .integer).notNull().defaults(to: 0)
                t.column("retired", .boolean).notNull().defaults(to: false)
                t.primaryKey(["supplier", "resource", "external_id"])
            }
            try db.create(table: "sync_file") { t in
                t.column("supplier", .text).notNull()
                t.column("content_hash", .text).notNull()
                t.column("name", .text).notNull()
                t.column("imported_at", .double).notNull()
                t.primaryKey(["supplier", "content_hash"])
            }
            try db.create(table: "status_notice") { t in
                t.column("supplier", .text).notNull()
                t.column("notice_id", .text).notNull()
                t.column("vendor_service", .text)
                t.column("title", .text).notNull()
                t.column("status", .text)
                t.column("classification", .text)
                t.column("started_at", .double)
                t.column("ended_at", .double)
                t.column("updated_at", .double)
                t.column("first_seen_at", .double).notNull()
                t.primaryKey(["supplier", "notice_id"])
            }
        }
    }
}
