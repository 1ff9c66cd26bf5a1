import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Microsoft 365's service-health feed (Exclude tier) over loopback, in the shape of Graph's
/// `GET /v1.0/admin/serviceAnnouncement/issues`: every issue that has started by the demo clock's
/// instant, open (`serviceDegradation`) or restored, with RFC 3339 times, five a page with an
/// absolute `@odata.nextLink` (`$skiptoken`) to the next. Requests without the configured bearer
/// token get 401.
struct GraphStatusFeedSimulator: Sendable {
    let notices: [SyntheticNotice]
    let clock: DemoClock
    let token: String

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/v1.0/admin/serviceAnnouncement/issues") { request, _ -> Response in
            guard request.headers[.authorization] == "Bearer \(token)" else { return Response(status: .unauthorized) }
            let skip = request.uri.queryParameters.get("$skiptoken").flatMap { Int($0) } ?? 0
            let next = "http://\(request.head.authority ?? "127.0.0.1")\(request.uri.path)?$skiptoken=\(skip + Self.pageSize)"
            let body = try JSONSerialization.data(withJSONObject: document(at: clock.now(), skip: skip, nextLink: next), options: [.sortedKeys])
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: body)))
        }
        return router
    }

    static let pageSize = 5

    /// One page of the feed as it stood at `instant`, from the `skip`th issue.
    func document(at instant: Date, skip: Int, nextLink: String) -> [String: Any] {
        let started = notices.filter { $0.start <= instant }
        let issues: [[String: Any]] = started.dropFirst(skip).prefix(Self.pageSize).map { notice in
            let restored = notice.end <= instant
            return [
                "id": notice.id, "service": notice.service, "title": notice.title, "classification": notice.classification,
                "status": restored ? "serviceRestored" : "serviceDegradation", "isResolved": restored, "origin": "microsoft",
                "feature": notice.service, "featureGroup": notice.service,
                "impactDescription": "Affected users may be unable to use \(notice.service).",
                "startDateTime": Self.text(notice.start), "endDateTime": restored ? Self.text(notice.end) : NSNull(),
                "lastModifiedDateTime": Self.text(restored ? notice.end.addingTimeInterval(600) : notice.start.addingTimeInterval(300)),
            ]
        }
        var page: [String: Any] = ["@odata.context": "https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues", "value": issues]
        if skip + Self.pageSize < started.count { page["@odata.nextLink"] = nextLink }
        return page
    }

    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
