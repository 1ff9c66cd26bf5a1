import Foundation
import Hummingbird
import NIOCore

/// A fake Microsoft Graph service-health feed (`/v1.0/admin/serviceAnnouncement/issues`) that
/// pages with an absolute `@odata.nextLink` in the body (`$skiptoken`), as Graph does.
struct FakeServiceHealth: Sendable {
    struct Issue: Sendable {
        var id: String
        var service: String
        var start: String
        var end: String?
    }

    var issues: [Issue]
    var pageSize: Int
    /// When set, the next link points at this origin instead of the server's own.
    var foreignOrigin: String?

    init(count: Int, pageSize: Int, services: [String] = ["Exchange Online", "Microsoft Teams", "SharePoint Online"], foreignOrigin: String? = nil) {
        issues = (0..<count).map { (index: Int) -> Issue in
            let day: Int = 1 + index % 28
            let end: String? = index % 2 == 0 ? String(format: "2024-03-%02dT09:00:00Z", day) : nil
            return Issue(id: String(format: "EX%06d", index), service: services[index % services.count], start: String(format: "2024-03-%02dT07:00:00Z", day), end: end)
        }
        self.pageSize = pageSize
        self.foreignOrigin = foreignOrigin
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/v1.0/admin/serviceAnnouncement/issues") { request, _ -> Response in
            let skip = request.uri.queryParameters.get("$skiptoken").flatMap { Int($0) } ?? 0
            let page = issues.dropFirst(skip).prefix(pageSize)
            let rows = page.map { issue in
                """
                {"id":"\(issue.id)","service":"\(issue.service)","title":"Issue \(issue.id)","classification":"incident",\
                "status":"\(issue.end == nil ? "serviceDegradation" : "serviceRestored")","startDateTime":"\(issue.start)",\
                "endDateTime":\(issue.end.map { "\"\($0)\"" } ?? "null"),"lastModifiedDateTime":"\(issue.end ?? issue.start)"}
                """
            }
            var body = "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues\",\"value\":[\(rows.joined(separator: ","))]"
            if skip + pageSize < issues.count {
                let origin = foreignOrigin ?? "http://\(request.head.authority ?? "127.0.0.1")"
                body += ",\"@odata.nextLink\":\"\(origin)/v1.0/admin/serviceAnnouncement/issues?$skiptoken=\(skip + pageSize)\""
            }
            body += "}"
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        return router
    }
}
