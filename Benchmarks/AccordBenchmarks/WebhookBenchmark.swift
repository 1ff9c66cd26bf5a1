import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import AccordServer
import AccordStoreSQLite
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `swift run -c release AccordBenchmarks webhooks [--output PATH] [--no-write] [--requests N] [--connections N[,N…]] [--no-worker] [--only bare|full|normal]`:
/// the same pre-signed `POST /webhooks/netnova` load against a bare Hummingbird route that reads
/// the body and answers 202, then the real `buildApplication` on a fresh SQLite file with
/// `synchronous=FULL` and with `NORMAL`, all in-process on 127.0.0.1 in one run; once per number
/// of concurrent senders (default 32 and 128: a FULL commit's throughput grows with the senders
/// that share it, the bare route's does not).
enum WebhookBenchmark {
    static let secret = "whsec_" + Data((0 ..< 32).map { UInt8($0) }).base64EncodedString()

    struct Measurement {
        var name: String
        var connections: Int
        var result: WebhookLoadGenerator.Result
    }

    static func run(arguments: [String]) throws {
        #if DEBUG
        print("warning: debug build; run `swift run -c release AccordBenchmarks webhooks` for figures worth recording")
        #endif
        let requestCount = BenchmarkSupport.value(of: "--requests", in: arguments).flatMap(Int.init) ?? 20_000
        let connectionCounts = (BenchmarkSupport.value(of: "--connections", in: arguments) ?? "32,128")
            .split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        let worker = !arguments.contains("--no-worker")
        let hubConfiguration = try configuration()  // read once: both hub runs see the same Config/
        var bodyBytes = 0

        // `--only full` (or bare, normal) measures one server, for profiling; nothing is reported then.
        let only = BenchmarkSupport.value(of: "--only", in: arguments)?.lowercased()
        let targets: [(String, Target)] = [
            ("bare Hummingbird route (reads body, 202)", .bare),
            ("`POST /webhooks/netnova`, synchronous=FULL", .hub(.full)),
            ("`POST /webhooks/netnova`, synchronous=NORMAL", .hub(.normal)),
        ].filter { only == nil || $0.0.lowercased().contains(only!) }
        var measurements: [Measurement] = []
        for connections in connectionCounts {
            // Signed per sender count so that no run nears the five-minute timestamp tolerance.
            let warmUp = requests(count: 1_000, prefix: "warm")
            let measured = requests(count: requestCount, prefix: "bench")
            bodyBytes = measured.first.map { $0.count } ?? 0
            for (name, target) in targets {
                let result = try blocking { try await measure(target, configuration: hubConfiguration, warmUp: warmUp, measured: measured, connections: connections, worker: worker) }
                print("\(connections) senders, \(name): \(Int(result.acceptedPerSecond)) accepted/s, p50 \(format(result.percentile(0.5))) ms, "
                    + "p99 \(format(result.percentile(0.99))) ms, statuses \(result.statuses)")
                fflush(nil)
                measurements.append(Measurement(name: name, connections: connections, result: result))
            }
        }
        guard only == nil else { return }
        let fsync = FsyncProbe.medianMilliseconds()
        let report = WebhookBenchmarkReport(requests: requestCount, requestBytes: bodyBytes, measurements: measurements, fsyncMilliseconds: fsync)
        print(report.summary)
        guard !arguments.contains("--no-write") else { return }
        let output = BenchmarkSupport.value(of: "--output", in: arguments) ?? AccordBenchmarks.defaultOutputPath
        try WebhookBenchmarkReport.write(section: report.markdown(machine: MachineDescription.current, date: Date()), to: output)
        print("wrote \(output)")
    }

    enum Target {
        case bare
        case hub(SQLiteSynchronous)
    }

    /// Starts the target on port 0, sends the warm-up then the measured requests, stops it.
    static func measure(_ target: Target, configuration: AccordConfiguration, warmUp: [[UInt8]], measured: [[UInt8]], connections: Int, worker: Bool) async throws -> WebhookLoadGenerator.Result {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("accord-webhook-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var logger = Logger(label: "accord.benchmark")
        logger.logLevel = .error
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let onRunning: @Sendable (Int) -> Void = { portContinuation.yield($0) }
        let database: SQLiteDatabase?
        let application: any ApplicationProtocol
        switch target {
        case .bare:
            database = nil
            let router = Router()
            router.post("/webhooks/:supplier") { request, _ -> Response in
                _ = try await request.body.collect(upTo: 5 * 1024 * 1024)
                return Response(status: .accepted)
            }
            application = Application(
                router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                onServerRunning: { onRunning($0.localAddress?.port ?? 0) }, logger: logger
            )
        case .hub(let synchronous):
            let opened = try SQLiteDatabase(path: work.appendingPathComponent("hub.sqlite").path, synchronous: synchronous)
            database = opened
            application = try await buildApplication(
                configuration: configuration, stores: opened.stores,
                adapters: AdapterLoader.loadAll(directory: URL(fileURLWithPath: "Adapters", isDirectory: true)).adapters,
                environment: ["ACCORD_NETNOVA_WEBHOOK_SECRET": secret], host: "127.0.0.1", port: 0, runsInboxWorker: worker, logger: logger,
                onServerRunning: { _, port in onRunning(port) }
            )
        }
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        return try await withThrowingTaskGroup(of: WebhookLoadGenerator.Result?.self) { tasks in
            tasks.addTask { try await group.run(); return nil }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw BlockingSocket.Failure(description: "the server did not start") }
            let generator = WebhookLoadGenerator(port: port, connections: connections)
            let result = try await Task.detached {
                _ = try generator.run(warmUp)
                return try generator.run(measured)
            }.value
            if let database, worker {
                // What the inbox worker left pending when the load stopped (not applied yet).
                let pending = try await database.stores.inbox.backlog(of: SupplierID("netnova")!)
                print("  inbox worker: \(pending) of \(warmUp.count + measured.count) deliveries still pending at the end of the load")
            }
            await group.triggerGracefulShutdown()
            do { try await tasks.waitForAll() } catch { print("note: the server stopped with \(error)") }
            do { try database?.close() } catch { print("note: closing the database failed: \(error)") }
            return result
        }
    }

    /// The sample Config/ with the netnova limits raised so that neither 429 nor 503 is measured.
    static func configuration() throws -> AccordConfiguration {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-webhook-config-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: "Config", isDirectory: true), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let hubFile = directory.appendingPathComponent("hub.yaml")
        var hub = try String(contentsOf: hubFile, encoding: .utf8)
        for (key, value) in [("maxBacklog", "10000"), ("ratePerSecond", "200"), ("burst", "400")] {
            hub = hub.replacingOccurrences(of: "\(key): \(value)", with: "\(key): 1000000")
        }
        try hub.write(to: hubFile, atomically: true, encoding: .utf8)
        return try ConfigLoader.load(directory: directory.path)
    }

    /// Complete HTTP/1.1 requests: distinct ids and Jira issue ids, signed now.
    static func requests(count: Int, prefix: String) -> [[UInt8]] {
        guard let key = WebhookSecret(encoded: secret) else { fatalError("the benchmark secret does not parse") }
        let timestamp = String(Int(Date().timeIntervalSince1970))
        return (0 ..< count).map { index in
            let id = "msg_\(prefix)_\(index)"
            let body = Data("""
                {"timestamp": \(1_709_540_100_000 + index), "webhookEvent": "jira:issue_created", "user": {"displayName": "Automation"},
                 "issue": {"id": "\(prefix == "warm" ? 1 : 2)\(100_000 + index)", "key": "NET-\(index)", "fields": {
                   "issuetype": {"name": "Incident"}, "summary": "Router down — 路由器故障", "status": {"name": "Waiting for support"},
                   "priority": {"name": "High"}, "created": "2024-03-04T09:14:59.871+0100", "updated": "2024-03-04T09:14:59.871+0100",
                   "resolutiondate": null, "customfield_10050": {"name": "WAN Ops"}}}}
                """.utf8)
            let signature = WebhookVerifier.sign(id: id, timestamp: timestamp, body: body, secret: key)
            let head = "POST /webhooks/netnova HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.count)\r\nwebhook-id: \(id)\r\nwebhook-timestamp: \(timestamp)\r\nwebhook-signature: \(signature)\r\n\r\n"
            return Array(head.utf8) + Array(body)
        }
    }

    /// Runs async work from the synchronous `main`, waiting for it.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = DetachedOutcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

}

/// The outcome of a detached task, handed to the waiting thread.
final class DetachedOutcome<T: Sendable>: @unchecked Sendable {
    // @unchecked: `value` is written once before the semaphore is signalled and read after it.
    private let lock = NSLock()
    private var value: Result<T, any Error>?

    func set(_ result: Result<T, any Error>) { lock.withLock { value = result } }
    func get() throws -> T { try lock.withLock { value! }.get() }
}
