import AccordTestSupport
import Foundation
import Testing

@Suite("accord sync")
struct SyncCommandTests {
    private func hub() throws -> (fixture: ConfigFixture, work: TemporaryDirectory) {
        let fixture = try ConfigFixture()
        let work = try TemporaryDirectory(prefix: "accord-sync-cli")
        try fixture.replace("path: ./accord.sqlite", with: "path: \(work.file("hub.sqlite"))", in: "hub.yaml")
        return (fixture, work)
    }

    @Test("status lists every polled supplier; one never synced is overdue")
    func status() throws {
        let (fixture, _) = try hub()
        let result = try AccordBinary.run(["sync", "status", "--config", fixture.directory])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("stratus-hosting: WARNING overdue: never synced"))
        #expect(result.standardOutput.contains("m365: WARNING overdue: never synced"))
    }

    @Test("a run without its credentials fails and says which environment variable is missing")
    func missingCredentials() throws {
        let (fixture, _) = try hub()
        let result = try AccordBinary.run(["sync", "stratus-hosting", "--resource", "incidents", "--config", fixture.directory, "--adapters", RepositoryPaths.root.appendingPathComponent("Adapters").path])
        #expect(result.standardOutput.contains("environment variable ACCORD_STRATUS_USER is not set"))
        #expect(result.standardOutput.contains("failed"))
        #expect(result.status == 2)
    }
}
