@testable import AccordConnectors
import AccordCore
import Foundation
import Logging
import Synchronization
import Testing

/// Keeps every message logged through it, for tests that check what an operator is told.
final class RecordingLogHandler: LogHandler, Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    private let entries = Mutex<[Entry]>([])
    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }
    var logLevel: Logger.Level {
        get { .trace }
        set {}
    }

    subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        let flat = (metadata ?? [:]).mapValues { "\($0)" }
        entries.withLock { $0.append(Entry(level: level, message: message.description, metadata: flat)) }
    }

    var logged: [Entry] { entries.withLock { $0 } }

    /// A logger writing here.
    func logger() -> Logger { Logger(label: "test") { _ in self } }
}

/// ServiceNow answering with `sysparm_display_value=true`: `sys_class_name` reads "Incident", so
/// no rule of the servicenow adapter (which routes on the raw class name) takes any row.
struct DisplayValueTruePages: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let body = #"{"result": [{"sys_id": "a1", "sys_class_name": "Incident", "number": "INC0010001", "short_description": "Printer", "#
            + #""state": "In Progress", "sys_updated_on": "22.11.2026 09:00:00"}]}"#
        return HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Data(body.utf8))
    }
}

@Suite("A page no adapter rule takes is said in the log")
struct UnmappedPageTests {
    static let resource = SyncResource(name: "incidents", path: "/api/now/table/incident", pagination: .offsetLimit(limit: 3))

    @Test("a page whose rows no rule takes completes with nothing created, and the log warns naming the resource")
    func wholePageUnmapped() async throws {
        let harness = try SyncHarness()
        let log = RecordingLogHandler()
        let run = try await harness.sync(SyncFixtures.settings(port: 9), transport: DisplayValueTruePages(), logger: log.logger())
            .run(Self.resource, mode: .full)
        #expect(run.status == .completed, "\(run.error ?? "")")
        #expect(run.counts.seen == 0 && run.counts.created == 0)
        let warnings = log.logged.filter { $0.level == .warning && $0.message.contains("no adapter rule") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.metadata["accord.resource"] == "incidents")
        #expect(warnings.first?.metadata["accord.rows"] == "1")
    }

    @Test("pages whose rows all map give no such warning")
    func mappedPagesAreQuiet() async throws {
        let harness = try SyncHarness()
        let log = RecordingLogHandler()
        let run = try await harness.sync(SyncFixtures.settings(port: 9), transport: ACLFilteredPages(totalCount: true, link: false), logger: log.logger())
            .run(Self.resource, mode: .full)
        #expect(run.status == .completed && run.counts.created == 6)
        #expect(!log.logged.contains { $0.message.contains("no adapter rule") })
    }
}
