import GRDB

extension AccordMigrations {
    /// `v5-api`: API token digests, TMF621 hub listeners and their notification outbox.
    static func registerAPI(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-api") { db in
            try db.create(table: "api_token") { t in
                t.primaryKey("id", .text)
                t.column("principal", .text).notNull()
                t.column("name", .text).notNull()
                t.column("digest", .text).notNull().unique()
                t.column("created_at", .double).notNull()
                t.column("revoked_at", .double)
            }
            try db.create(table: "ticket_listener") { t in
                t.primaryKey("id", .text)
                t.column("callback", .text).notNull()
                t.column("query", .text)
                t.column("owner", .text).notNull()
                t.column("secret", .text).notNull()
                t.column("created_at", .double).notNull()
            }
            try db.create(table: "notification_outbox") { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("listener_id", .text).notNull()
                t.column("event_id", .text).notNull()
                t.column("event_type", .text).notNull()
                t.column("body", .blob).notNull()
                t.column("status", .text).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("next_attempt_at", .double).notNull()
                t.column("last_error", .text)
            }
            try db.create(index: "notification_outbox_due", on: "notification_outbox", columns: ["status", "next_attempt_at", "sequence"])
            try db.create(index: "notification_outbox_on_listener", on: "notification_outbox", columns: ["listener_id", "sequence"])
        }
    }
}
