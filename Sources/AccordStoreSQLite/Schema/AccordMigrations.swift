import GRDB

/// The database schema, as an ordered list of migrations.
///
/// A migration never changes once it has shipped: a schema change is a new migration appended
/// at the end. Instants are stored as REAL seconds since 2001-01-01T00:00:00Z (Foundation's
/// reference date), which round-trips every `Date` exactly.
enum AccordMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-foundation") { db in
            try db.create(table: "supplier") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("tier", .text).notNull()
                t.column("calendar_id", .text).notNull()
                t.column("adapter", .text)
                t.column("agreements", .jsonText).notNull()
            }
            try db.create(table: "ticket") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("external_supplier", .text)
                t.column("external_id", .text)
                t.column("external_url", .text)
                t.column("title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("state", .text).notNull()
                t.column("priority", .integer)
                t.column("impact", .integer)
                t.column("urgency", .integer)
                t.column("service", .text)
                t.column("configuration_items", .jsonText).notNull()
                t.column("assigned_supplier", .text)
                t.column("assigned_group", .text)
                t.column("opened_at", .double).notNull()
                t.column("updated_at", .double).notNull()
                t.column("responded_at", .double)
                t.column("resolved_at", .double)
                t.column("closed_at", .double)
                t.uniqueKey(["external_supplier", "external_id"])
            }
            try db.create(index: "ticket_on_assigned_supplier", on: "ticket", columns: ["assigned_supplier", "opened_at"])
            try db.create(index: "ticket_on_opened_at", on: "ticket", columns: ["opened_at", "id"])
            try db.create(table: "ticket_event") { t in
                t.primaryKey("id", .text)
                t.column("ticket_id", .text).notNull()
                t.column("source_time", .double).notNull()
                t.column("received_time", .double).notNull()
                t.column("channel", .text).notNull()
                t.column("supplier", .text)
                t.column("delivery_id", .text)
                t.column("changes", .jsonText).notNull()
            }
            try db.create(index: "ticket_event_on_ticket", on: "ticket_event", columns: ["ticket_id", "source_time", "received_time", "id"])
            try db.create(table: "configuration_item") { t in
                t.primaryKey("id", .text)
                t.column("supplier", .text).notNull()
                t.column("source_key", .text).notNull()
                t.column("ci_class", .text).notNull()
                t.column("name", .text).notNull()
                t.column("attributes", .jsonText).notNull()
                t.column("observed_at", .double).notNull()
                t.column("channel", .text).notNull()
                t.uniqueKey(["supplier", "source_key"])
            }
            try db.create(table: "ci_identifier") { t in
                t.column("ci_id", .text).notNull().references("configuration_item", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["ci_id", "position"])
            }
            try db.create(index: "ci_identifier_on_value", on: "ci_identifier", columns: ["kind", "value"])
        }
        migrator.registerMigration("v2-ledger") { db in
            try db.create(table: "ledger_entry") { t in
                t.column("ticket_id", .text).notNull()
                t.column("sequence", .integer).notNull()
                t.column("block", .integer).notNull()
                t.column("agreement_id", .text).notNull()
                t.column("clock", .text).notNull()
                t.column("cycle", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("instant", .double).notNull()
                t.column("elapsed", .integer).notNull()
                t.column("target", .integer)
                t.column("reason", .text)
                t.column("causing_event", .text)
                t.column("calendar_id", .text).notNull()
                t.column("calendar_version", .double).notNull()
                t.column("previous_hash", .text).notNull()
                t.column("hash", .text).notNull()
                t.primaryKey(["ticket_id", "sequence"])
            }
            // The ledger is append-only: the database itself refuses edits and deletions.
            try db.execute(sql: """
                CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
                BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
                CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
                BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
                """)
            try db.create(table: "calendar_version") { t in
                t.column("calendar_id", .text).notNull()
                t.column("effective_from", .double).notNull()
                t.column("definition", .jsonText).notNull()
                t.primaryKey(["calendar_id", "effective_from"])
            }
        }
        registerInbox(&migrator)
        registerCMDB(&migrator)
        registerAPI(&migrator)
        registerSync(&migrator)
        registerReconciliation(&migrator)
        registerSyncScheduler(&migrator)
        registerSyncPages(&migrator)
        return migrator
    }
}
