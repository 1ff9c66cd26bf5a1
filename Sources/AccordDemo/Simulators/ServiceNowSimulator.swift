import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Stratus Hosting's ServiceNow (Interface tier) over loopback: the Table API the hub's real sync
/// engine pulls, answering as the instance stood at the demo clock's instant.
///
/// `GET /api/now/table/incident` and `/api/now/table/cmdb_ci_server` page by `sysparm_offset` /
/// `sysparm_limit` with `X-Total-Count` and a `Link: <…>; rel="next"` header; a watermark query
/// (`sysparm_query=sys_updated_on>=yyyy-MM-dd HH:mm:ss^ORDERBYsys_id`) returns only records
/// updated since. Requests without the configured basic credentials get 401.
struct ServiceNowSimulator: Sendable {
    let records: ServiceNowRecords
    let clock: DemoClock
    /// The expected `Authorization` header value.
    let authorization: String

    init(records: ServiceNowRecords, clock: DemoClock, user: String, password: String) {
        self.records = records
        self.clock = clock
        authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/api/now/table/incident") { request, _ -> Response in
            guard request.headers[.authorization] == authorization else { return Response(status: .unauthorized) }
            return page(request, rows: records.incidents(at: clock.now(), updatedSince: Self.since(request)))
        }
        router.get("/api/now/table/cmdb_ci_server") { request, _ -> Response in
            guard request.headers[.authorization] == authorization else { return Response(status: .unauthorized) }
            return page(request, rows: records.servers)
        }
        return router
    }

    private func page(_ request: Request, rows: [[String: String]]) -> Response {
        let offset = request.uri.queryParameters.get("sysparm_offset").flatMap { Int($0) } ?? 0
        let limit = min(request.uri.queryParameters.get("sysparm_limit").flatMap { Int($0) } ?? 100, 1_000)
        let slice = Array(rows.dropFirst(offset).prefix(limit))
        var headers: HTTPFields = [.contentType: "application/json"]
        headers[HTTPField.Name("X-Total-Count")!] = String(rows.count)
        if offset + limit < rows.count {
            var next = URLComponents()
            next.path = request.uri.path
            next.queryItems = request.uri.queryParameters.filter { $0.key != "sysparm_offset" }
                .map { URLQueryItem(name: String($0.key), value: String($0.value)) } + [URLQueryItem(name: "sysparm_offset", value: String(offset + limit))]
            headers[HTTPField.Name("Link")!] = "<http://\(request.head.authority ?? "127.0.0.1")\(next.string ?? "")>; rel=\"next\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: ServiceNowRecords.json(slice))))
    }

    /// The `sys_updated_on>=` value of a watermark query, as Table API text.
    static func since(_ request: Request) -> String? {
        guard let query = request.uri.queryParameters.get("sysparm_query"), let range = query.range(of: "sys_updated_on>=") else { return nil }
        let value = query[range.upperBound...].prefix { $0 != "^" }
        return value.isEmpty ? nil : String(value)
    }
}
