import AccordCore
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import GRDB
import Testing

@Suite("SQLiteSyncStore: pages kept by content hash")
struct SQLiteSyncStorePageTests {
    static let supplier = DomainSamples.stratus

    static func record(_ id: String, _ hash: String, run: SyncRun) -> SyncedRecord {
        SyncedRecord(supplier: supplier, resource: "incidents", externalID: id, recordType: "ticket", contentHash: hash, lastSeenRun: run.id)
    }

    static func page(_ hash: String, records: Int) -> SyncedPage {
        SyncedPage(contentHash: hash, rows: records, records: records, seen: records, unchanged: records, failed: 0, newestUpdate: DomainSamples.preciseInstant)
    }

    /// A hub whose first (full) run kept page P (records a, b) and page Q (record c).
    static func seeded() async throws -> (SQLiteDatabase, TemporaryDirectory, SyncRun) {
        let directory = try TemporaryDirectory(prefix: "accord-sync-pages")
        let database = try SQLiteDatabase(path: directory.file("accord.sqlite"), synchronous: .normal)
        let store = database.syncStore
        let first = try await store.startOrResume(supplier: supplier, resource: "incidents", mode: .full, channel: .poll, at: DomainSamples.preciseInstant)
        try await store.commitPage(first, records: [record("a", "h1", run: first), record("b", "h1", run: first)], page: page("P", records: 2))
        try await store.commitPage(first, records: [record("c", "h1", run: first)], page: page("Q", records: 1))
        return (database, directory, first)
    }

    @Test("a page is unchanged while every record it gave still holds its content; a later change or a deletion ends that")
    func unchangedWhileRecordsHold() async throws {
        let (database, directory, first) = try await Self.seeded()
        let store = database.syncStore
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "P") == Self.page("P", records: 2))
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "other") == nil)

        // A full run's stamp of an unchanged record (read from another page) keeps the record's page.
        try await store.commitPage(first, records: [Self.record("a", "h1", run: first)], page: Self.page("R", records: 1))
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "P") != nil)
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "R") == nil)

        // Changed content read from another page takes the record away from P.
        try await store.commitPage(first, records: [Self.record("b", "h2", run: first)], page: Self.page("S", records: 1))
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "P") == nil)
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "S") != nil)

        // A deleted record takes it away too.
        try await store.updateMissing([], deleted: ["c"], supplier: Self.supplier, resource: "incidents")
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "Q") == nil)
        try database.close()
        withExtendedLifetime(directory) {}
    }

    @Test("records stored before pages were kept (no page) take the page of the full run that stamps them")
    func upgradedRecordsAdoptAPage() async throws {
        let (database, directory, seededRun) = try await Self.seeded()
        try database.close()
        let path = directory.file("accord.sqlite")
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in try db.execute(sql: "UPDATE sync_record SET source_page = NULL") }
        try queue.close()

        let reopened = try SQLiteDatabase(path: path, synchronous: .normal)
        let store = reopened.syncStore
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "P") == nil)
        var first = seededRun
        first.status = .completed
        try await store.finish(first)
        let second = try await store.startOrResume(supplier: Self.supplier, resource: "incidents", mode: .full, channel: .poll, at: DomainSamples.preciseInstant)
        // The full run reads P again (same bytes, same content): its stamps give a and b their page.
        try await store.commitPage(second, records: [Self.record("a", "h1", run: second), Self.record("b", "h1", run: second)], page: Self.page("P", records: 2))
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "P") == Self.page("P", records: 2))
        // A record that already has a page keeps it when stamped from another page.
        try await store.commitPage(second, records: [Self.record("a", "h1", run: second)], page: Self.page("R", records: 1))
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "P") != nil)
        try reopened.close()
        withExtendedLifetime(directory) {}
    }

    @Test("an unchanged page in a full run stamps its records as seen; the rest are the run's unseen records")
    func stampsAndUnseen() async throws {
        let (database, directory, seededRun) = try await Self.seeded()
        let store = database.syncStore
        var first = seededRun
        first.status = .completed
        try await store.finish(first)

        var second = try await store.startOrResume(supplier: Self.supplier, resource: "incidents", mode: .full, channel: .poll, at: DomainSamples.preciseInstant)
        #expect(second.id != first.id)
        second.pages = 1
        try await store.commitUnchangedPage(second, page: Self.page("P", records: 2), markSeen: true)
        #expect(try await store.unseenRecords(supplier: Self.supplier, resource: "incidents", run: second.id).map(\.externalID) == ["c"])
        let known = try await store.records(supplier: Self.supplier, resource: "incidents", externalIDs: ["a", "c", "zz"])
        #expect(known.keys.sorted() == ["a", "c"])
        #expect(known["a"]?.lastSeenRun == second.id)
        #expect(known["c"]?.lastSeenRun == first.id)
        #expect(try await store.runs(supplier: Self.supplier, limit: 1).first?.pages == 1)
        try database.close()
        withExtendedLifetime(directory) {}
    }

    @Test("a completed run prunes page summaries no record points at; pages still held, and other resources' pages, stay")
    func prunesOrphanedPages() async throws {
        let (database, directory, seededRun) = try await Self.seeded()
        let store = database.syncStore
        // Both of P's records change on a later page S; Q's record is untouched.
        try await store.commitPage(seededRun, records: [Self.record("a", "h2", run: seededRun), Self.record("b", "h2", run: seededRun)], page: Self.page("S", records: 2))
        let other = try await store.startOrResume(supplier: Self.supplier, resource: "changes", mode: .full, channel: .poll, at: DomainSamples.preciseInstant)
        try await store.commitPage(other, records: [], page: Self.page("T", records: 0))
        var failed = seededRun
        failed.status = .failed
        try await store.finish(failed)
        #expect(try Self.pageHashes(directory) == ["P", "Q", "S", "T"])  // only completed runs prune

        var completed = try await store.startOrResume(supplier: Self.supplier, resource: "incidents", mode: .full, channel: .poll, at: DomainSamples.preciseInstant)
        completed.status = .completed
        try await store.finish(completed)
        #expect(try Self.pageHashes(directory) == ["Q", "S", "T"])
        #expect(try await store.unchangedPage(supplier: Self.supplier, resource: "incidents", contentHash: "S") != nil)
        try database.close()
    }

    static func pageHashes(_ directory: TemporaryDirectory) throws -> [String] {
        let queue = try DatabaseQueue(path: directory.file("accord.sqlite"))
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "SELECT content_hash FROM sync_page ORDER BY content_hash") }
    }
}
