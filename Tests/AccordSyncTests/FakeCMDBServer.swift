import Foundation
import Hummingbird
import NIOCore

/// A fake ServiceNow `cmdb_ci_server` table whose servers a test can delete between runs.
actor FakeCMDB {
    private(set) var servers: [String: String]  // sys_id → name

    init(count: Int) {
        servers = Dictionary(uniqueKeysWithValues: (0..<count).map { (String(format: "srv%029d", $0), "server-\($0)") })
    }

    func remove(_ id: String) { servers[id] = nil }

    func page(offset: Int, limit: Int) -> String {
        let rows = servers.keys.sorted().dropFirst(offset).prefix(limit).map { id in
            """
            {"sys_id":"\(id)","sys_class_name":"cmdb_ci_linux_server","name":"\(servers[id] ?? "")","serial_number":"SN-\(id.suffix(4))",\
            "operational_status":"1","sys_updated_on":"2024-02-20 14:05:33"}
            """
        }
        return "{\"result\":[\(rows.joined(separator: ","))]}"
    }

    nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/api/now/table/cmdb_ci_server") { request, _ -> Response in
            let offset = request.uri.queryParameters.get("sysparm_offset").flatMap { Int($0) } ?? 0
            let limit = request.uri.queryParameters.get("sysparm_limit").flatMap { Int($0) } ?? 100
            let body = await self.page(offset: offset, limit: limit)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        return router
    }
}
