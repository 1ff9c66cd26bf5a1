import AccordConnectors
import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("File drops: directory polling and import")
struct FileDropTests {
    static let goodRows = FakeSupplier(seed: 7, count: 3)

    func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    @Test("a file is handed over once it is unchanged on two polls; a changed file again; other names never")
    func watcherWaitsForStableFiles() async throws {
        let directory = try TemporaryDirectory(prefix: "accord-drop")
        let watcher = DropDirectoryWatcher(directory: directory.url)
        #expect(await watcher.poll().isEmpty)
        try write("{\"result\":[]}", to: directory.url.appendingPathComponent("a.json"))
        try write("ignored", to: directory.url.appendingPathComponent("notes.txt"))
        #expect(await watcher.poll().isEmpty)  // new: might still be growing
        #expect(await watcher.poll().map(\.lastPathComponent) == ["a.json"])
        #expect(await watcher.poll().isEmpty)  // handed over already
        try write("{\"result\":[],\"more\":true}", to: directory.url.appendingPathComponent("a.json"))
        #expect(await watcher.poll().isEmpty)
        #expect(await watcher.poll().map(\.lastPathComponent) == ["a.json"])
    }

    @Test("a re-dropped file (same content, any name) is skipped; a malformed file is rejected whole and kept for replay")
    func importOutcomes() async throws {
        let harness = try SyncHarness()
        let directory = try TemporaryDirectory(prefix: "accord-drop")
        let importer = harness.importer()
        let incidents = await Self.goodRows.ordered(since: nil)
        let good = FakeSupplier.json(incidents)
        try write(good, to: directory.url.appendingPathComponent("monday.json"))
        try write(good, to: directory.url.appendingPathComponent("monday-again.json"))
        // One unreadable record (no parsable opened_at) rejects the whole file, good rows included.
        let bad = FakeSupplier.json([FakeSupplier.Incident(sysID: "f00d", title: "Good row in a bad file", state: "1", updated: 5_000)])
            .replacingOccurrences(of: "}]}", with: "},{\"sys_id\":\"bad1\",\"sys_class_name\":\"incident\",\"number\":\"INC1\",\"short_description\":\"x\",\"state\":\"1\",\"opened_at\":\"yesterday\",\"sys_updated_on\":\"soon\"}]}")
        try write(bad, to: directory.url.appendingPathComponent("tuesday.json"))

        let outcomes = try await importer.importDirectory(directory.url)
        #expect(outcomes.map(\.file) == ["monday-again.json", "monday.json", "tuesday.json"])
        #expect(outcomes[0].outcome == .imported)
        #expect(outcomes[1].outcome == .skipped)
        guard case .rejected(let reason) = outcomes[2].outcome else {
            Issue.record("tuesday.json was not rejected: \(outcomes[2].outcome)")
            return
        }
        #expect(reason.contains("rejected whole") && reason.contains("kept for replay"))

        let titles = try await harness.ticketTitles()
        #expect(Set(titles.keys) == Set(incidents.map(\.sysID)))  // nothing from the bad file, not even its good row
        let dead = try await harness.stores.inbox.entries(status: .dead, supplier: harness.supplier.id, limit: 10)
        #expect(dead.count == 1)
        #expect(dead.first?.lastError?.hasPrefix("file rejected whole") == true)
        #expect(dead.first?.delivery.headers["x-accord-file"] == "tuesday.json")
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("tuesday.json").path))
        // Dropping the bad file again does not add a second dead letter.
        #expect(try await importer.importFile(directory.url.appendingPathComponent("tuesday.json")) == .skipped)
    }
}
