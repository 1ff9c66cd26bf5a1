import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The benchmark's supplier API on a real loopback socket: Hummingbird on 127.0.0.1, port 0,
/// paging `/api/now/table/<table>` by `sysparm_offset`/`sysparm_limit` with `X-Total-Count`, as
/// the sync tests' fake supplier server does, over the same pages as ``SyncPagesTransport``.
enum SyncPagesServer {
    /// Runs `body` with the server's base URL while the server runs, then stops it.
    static func withServer<Value: Sendable>(total: Int, _ body: @escaping @Sendable (URL) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "accord.benchmark.supplier")
        logger.logLevel = .error
        let router = Router()
        router.get("/api/now/table/:table") { request, _ -> Response in
            let offset = request.uri.queryParameters.get("sysparm_offset").flatMap { Int($0) } ?? 0
            let limit = request.uri.queryParameters.get("sysparm_limit").flatMap { Int($0) } ?? 100
            let page = SyncPagesTransport.page(path: request.uri.path, offset: offset, limit: limit, total: total)
            var headers: HTTPFields = [.contentType: page.contentType]
            headers[.init("X-Total-Count")!] = String(total)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: page.body)))
        }
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { portContinuation.yield($0.localAddress?.port ?? 0) }, logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        return try await withThrowingTaskGroup(of: Value?.self) { tasks in
            tasks.addTask { try await group.run(); return nil }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), let url = URL(string: "http://127.0.0.1:\(port)") else {
                throw BenchmarkFailure("the fake supplier server did not start")
            }
            do {
                let value = try await body(url)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return value
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}
