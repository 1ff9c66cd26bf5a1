import GRDB

extension AccordMigrations {
    /// `v4-cmdb`: the federated CMDB. Records are keyed by `ref` (`supplier/sourceKey`); a record's
    /// full value is JSON in `body`, with the columns queries filter on beside it.
    static func registerCMDB(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-cmdb") { db in
            try db.execute(sql: """
                CREATE TABLE cmdb_record (
                    ref TEXT PRIMARY KEY NOT NULL,
                    supplier TEXT NOT NULL,
                    ci_class TEXT NOT NULL,
                    name_lower TEXT NOT NULL,
                    first_seen REAL NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE TABLE cmdb_key (
                    key TEXT NOT NULL,
                    ref TEXT NOT NULL,
                    PRIMARY KEY (key, ref)
                ) WITHOUT ROWID;
                CREATE INDEX cmdb_key_on_ref ON cmdb_key(ref);
                CREATE TABLE cmdb_identifier (
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    ref TEXT NOT NULL,
                    PRIMARY KEY (kind, value, ref)
                ) WITHOUT ROWID;
                CREATE INDEX cmdb_identifier_on_ref ON cmdb_identifier(ref);
                CREATE TABLE cmdb_relationship (
                    from_ref TEXT NOT NULL,
                    to_ref TEXT NOT NULL,
                    type TEXT NOT NULL,
                    supplier TEXT NOT NULL,
                    observed_at REAL NOT NULL,
                    channel TEXT NOT NULL,
                    PRIMARY KEY (from_ref, to_ref, type)
                ) WITHOUT ROWID;
                CREATE INDEX cmdb_relationship_on_to ON cmdb_relationship(to_ref, type);
                CREATE TABLE cmdb_resolution (
                    ref TEXT PRIMARY KEY NOT NULL,
                    action TEXT NOT NULL,
                    anchor_ref TEXT
                );
                CREATE INDEX cmdb_resolution_on_anchor ON cmdb_resolution(anchor_ref);
                CREATE TABLE cmdb_cluster (
                    id TEXT PRIMARY KEY NOT NULL,
                    ci_class TEXT NOT NULL,
                    founder_ref TEXT NOT NULL,
                    members TEXT NOT NULL
                );
                CREATE INDEX cmdb_cluster_on_class ON cmdb_cluster(ci_class, id);
                CREATE TABLE cmdb_link (
                    ref TEXT PRIMARY KEY NOT NULL,
                    cluster_id TEXT NOT NULL
                );
                CREATE INDEX cmdb_link_on_cluster ON cmdb_link(cluster_id, ref);
                CREATE TABLE cmdb_conflict (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sort_key TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX cmdb_conflict_on_sort_key ON cmdb_conflict(sort_key);
                CREATE TABLE cmdb_conflict_record (
                    conflict_id INTEGER NOT NULL REFERENCES cmdb_conflict(id) ON DELETE CASCADE,
                    ref TEXT NOT NULL,
                    PRIMARY KEY (ref, conflict_id)
                ) WITHOUT ROWID;
                CREATE INDEX cmdb_conflict_record_on_conflict ON cmdb_conflict_record(conflict_id);
                """)
        }
    }
}
