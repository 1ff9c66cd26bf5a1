import GRDB

extension AccordMigrations {
    /// `v3-inbox`: raw deliveries, kept forever, and their processing attempts.
    static func registerInbox(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-inbox") { db in
            try db.create(table: "inbox_entry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("supplier", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("delivery_id", .text).notNull()
                t.column("received_at", .double).notNull()
                t.column("content_type", .text).notNull()
                t.column("headers", .jsonText).notNull()
                t.column("body", .blob).notNull()
                t.column("status", .text).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("next_attempt_at", .double)
                t.column("processed_at", .double)
                t.column("last_error", .text)
                t.uniqueKey(["supplier", "delivery_id"])
            }
            try db.create(index: "inbox_entry_due", on: "inbox_entry", columns: ["status", "next_attempt_at", "id"])
            // The backlog check on every delivery counts one supplier's pending entries from this index alone.
            try db.create(index: "inbox_entry_backlog", on: "inbox_entry", columns: ["supplier", "status"])
            try db.create(table: "inbox_attempt") { t in
                t.column("entry_id", .integer).notNull().references("inbox_entry")
                t.column("number", .integer).notNull()
                t.column("at", .double).notNull()
                t.column("error", .text)
                t.primaryKey(["entry_id", "number"])
            }
        }
    }
}
