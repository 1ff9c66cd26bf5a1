import GRDB

extension AccordMigrations {
    /// `v12-sync-pages`: pages kept by content hash (an identical page is counted without being
    /// normalised again), each record's `source_page` (the page its current content was read
    /// from) with its index, and whether a settled file was imported or rejected (freshness).
    static func registerSyncPages(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12-sync-pages") { db in
            try db.create(table: "sync_page") { t in
                t.column("supplier", .text).notNull()
                t.column("resource", .text).notNull()
                t.column("content_hash", .text).notNull()
                t.column("rows", .integer).notNull()
                t.column("records", .integer).notNull()
                t.column("seen", .integer).notNull()
                t.column("unchanged", .integer).notNull()
                t.column("failed", .integer).notNull()
                t.column("newest_update", .double)
                t.primaryKey(["supplier", "resource", "content_hash"])
            }
            try db.alter(table: "sync_record") { t in t.add(column: "source_page", .text) }
            // Whether a settled file was processed (counts as a successful sync) or rejected;
            // files settled before this migration are unknown (NULL) and count as neither.
            try db.alter(table: "sync_file") { t in t.add(column: "imported", .boolean) }
            try db.create(index: "sync_record_on_source_page", on: "sync_record", columns: ["supplier", "resource", "source_page"])
        }
    }
}
