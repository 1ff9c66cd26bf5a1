import AccordTestSupport
import Foundation
import GRDB
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("accord serve over real HTTP on loopback")
struct ServeCommandTests {
    @Test("serves /health and /ready, stops on SIGINT, and leaves a database that passes integrity_check")
    func serveHealthAndGracefulStop() async throws {
        let fixture = try ConfigFixture()
        let work = try TemporaryDirectory(prefix: "accord-serve")
        let databasePath = work.file("data/hub.sqlite")
        try fixture.replace("path: ./accord.sqlite", with: "path: \(databasePath)", in: "hub.yaml")

        let server = try ServerProcess(arguments: ["serve", "--config", fixture.directory, "--port", "0"], logDirectory: work)
        defer { server.terminateIfRunning() }
        let baseURL = try server.waitForListeningURL()

        let (healthData, healthResponse) = try await URLSession.shared.data(from: baseURL.appendingPathComponent("health"))
        #expect((healthResponse as? HTTPURLResponse)?.statusCode == 200)
        let health = try JSONSerialization.jsonObject(with: healthData) as? [String: Any]
        #expect(health?["status"] as? String == "ok")

        let (_, readyResponse) = try await URLSession.shared.data(from: baseURL.appendingPathComponent("ready"))
        #expect((readyResponse as? HTTPURLResponse)?.statusCode == 200)

        let status = try server.interruptAndWait()
        #expect(status == 0)
        #expect(server.output().contains("Accord stopped; database closed cleanly."))

        let queue = try DatabaseQueue(path: databasePath, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let integrity = try await queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        let suppliers = try await queue.read { db in try String.fetchAll(db, sql: "SELECT id FROM supplier ORDER BY id") }
        #expect(suppliers == ["frontline-desk", "m365", "netnova", "stratus-hosting"])
    }

    @Test("refuses to start on an invalid configuration, naming the problem")
    func refusesInvalidConfiguration() throws {
        let fixture = try ConfigFixture()
        try fixture.replace("- {date: 2026-12-25, name: Christmas Day}", with: "- {date: 2026-12-25, nmae: Christmas Day}", in: "calendars/uk-office.yaml")
        let result = try AccordBinary.run(["serve", "--config", fixture.directory, "--port", "0"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("calendars/uk-office.yaml:"))
        #expect(result.standardError.contains("error: unknown key 'nmae' in holiday (expected one of: date, name, hours)"))
    }
}

/// A running `accord` process whose output goes to a file the test can poll.
final class ServerProcess: @unchecked Sendable {
    // @unchecked: used from one test at a time; Process is thread-safe for the calls made here.
    private let process = Process()
    private let logURL: URL

    /// `environment` is added to this process's environment (webhook secrets, for example).
    init(arguments: [String], logDirectory: TemporaryDirectory, environment: [String: String] = [:]) throws {
        logURL = logDirectory.url.appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        process.executableURL = try AccordBinary.url
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    func output() -> String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Polls the log (bounded: 60 s) for the "listening on" line and returns its URL.
    func waitForListeningURL() throws -> URL {
        for _ in 0..<1200 {
            if let line = output().split(separator: "\n").first(where: { $0.contains("listening on http://") }),
               let start = line.range(of: "http://"),
               let url = URL(string: String(line[start.lowerBound...].prefix { $0 != " " })) {
                return url
            }
            guard process.isRunning else { throw FixtureError("accord exited early: \(output())") }
            usleep(50_000)
        }
        throw FixtureError("accord did not report a listening address: \(output())")
    }

    /// Sends SIGINT and waits (bounded: 60 s) for the process to exit; returns its status.
    func interruptAndWait() throws -> Int32 {
        process.interrupt()
        for _ in 0..<1200 where process.isRunning { usleep(50_000) }
        guard !process.isRunning else { throw FixtureError("accord did not stop after SIGINT") }
        return process.terminationStatus
    }

    func terminateIfRunning() {
        if process.isRunning { process.terminate() }
    }
}
