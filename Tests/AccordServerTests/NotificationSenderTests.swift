@testable import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@Suite("notification sender on the wire")
struct NotificationSenderTests {
    @Test("a listener that answers with a redirect gets no second request: the 3xx is the (failed) answer")
    func redirectsAreNotFollowed() async throws {
        let targetHits = Atomic<Int>(0)
        let router = Router()
        router.post("/hook") { _, _ in
            Response(status: .found, headers: [.location: "/metadata"])
        }
        // A followed 302 may arrive as POST or (as clients often rewrite it) GET: count both.
        router.post("/metadata") { _, _ in
            targetHits.add(1, ordering: .relaxed)
            return Response(status: .ok)
        }
        router.get("/metadata") { _, _ in
            targetHits.add(1, ordering: .relaxed)
            return Response(status: .ok)
        }
        router.post("/direct") { _, _ in Response(status: .noContent) }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let sender = URLSessionNotificationSender(timeout: 5)
            let body = Data(#"{"eventType": "TroubleTicketCreateEvent"}"#.utf8)
            let redirected = try await sender.send(to: try #require(URL(string: "http://127.0.0.1:\(port)/hook")), headers: [:], body: body)
            #expect(redirected == 302)
            #expect(targetHits.load(ordering: .relaxed) == 0)
            let direct = try await sender.send(to: try #require(URL(string: "http://127.0.0.1:\(port)/direct")), headers: [:], body: body)
            #expect(direct == 204)
        }
    }
}
