import AccordConnectors
import AccordCore
import AccordServer
import AccordTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /webhooks/{supplier}: verification and responses")
struct WebhookEndpointTests {
    typealias Hub = WebhookTestHub

    private func post(
        _ client: some TestClientProtocol, supplier: String = "netnova", body: Data, headers: HTTPFields
    ) async throws -> TestResponse {
        try await client.execute(uri: "/webhooks/\(supplier)", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    @Test("A signed delivery is stored raw, without its signature, and answered 202")
    func accepted() async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("501")
        try await hub.app().test(.router) { client in
            let response = try await post(client, body: body, headers: Hub.headers(id: "msg_501", body: body))
            #expect(response.status == .accepted)
            #expect(Hub.json(response.body)["status"] as? String == "accepted")
        }
        let entry = try #require(try await hub.stores.inbox.entries(status: nil, supplier: nil, limit: 10).first)
        #expect(entry.delivery.body == body)
        #expect(entry.delivery.deliveryID == "msg_501")
        #expect(entry.delivery.receivedAt == Hub.now)
        #expect(entry.delivery.headers["webhook-signature"] == nil)
        #expect(entry.delivery.headers["webhook-id"] == "msg_501")
        #expect(entry.status == .pending)
    }

    @Test("The same webhook-id again: 200 with the same body, 409 with another; the original is kept")
    func duplicatesAndConflicts() async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("502")
        let other = Hub.jiraIssue("502", status: "In Progress")
        try await hub.app().test(.router) { client in
            #expect(try await post(client, body: body, headers: Hub.headers(id: "msg_502", body: body)).status == .accepted)
            let again = try await post(client, body: body, headers: Hub.headers(id: "msg_502", body: body))
            #expect(again.status == .ok)
            #expect(Hub.json(again.body)["status"] as? String == "duplicate")
            let conflict = try await post(client, body: other, headers: Hub.headers(id: "msg_502", body: other))
            #expect(conflict.status == .conflict)
            #expect(Hub.errorCode(conflict.body) == "webhook.delivery_conflict")
        }
        let entries = try await hub.stores.inbox.entries(status: nil, supplier: nil, limit: 10)
        #expect(entries.map(\.delivery.body) == [body])
    }

    @Test("A wrong signature and an unknown supplier get byte-identical 401 answers")
    func unknownSupplierLooksLikeBadSignature() async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("503")
        try await hub.app().test(.router) { client in
            let forged = Hub.headers(id: "msg_503", body: body, secret: "whsec_" + Data(repeating: 1, count: 32).base64EncodedString())
            let wrong = try await post(client, body: body, headers: forged)
            let unknown = try await post(client, supplier: "no-such-supplier", body: body, headers: Hub.headers(id: "msg_503", body: body))
            let garbage = try await post(client, supplier: "NOT A SLUG", body: body, headers: Hub.headers(id: "msg_503", body: body))
            #expect(wrong.status == .unauthorized)
            #expect(Hub.errorCode(wrong.body) == "webhook.signature_invalid")
            #expect(unknown.status == .unauthorized)
            #expect(Array(unknown.body.readableBytesView) == Array(wrong.body.readableBytesView))
            #expect(Array(garbage.body.readableBytesView) == Array(wrong.body.readableBytesView))
            let text = String(buffer: wrong.body)
            #expect(!text.contains(Hub.netnovaSecret.dropFirst(6)) && !text.contains("v1,"))
        }
        #expect(try await hub.stores.inbox.entries(status: nil, supplier: nil, limit: 10).isEmpty)
    }

    @Test("Supplier A's secret on supplier B's endpoint is refused")
    func crossSupplierSecret() async throws {
        let hub = try Hub()
        let body = Data(#"{"event": {"id": "x"}}"#.utf8)
        try await hub.app().test(.router) { client in
            let response = try await post(client, supplier: "pipeworks", body: body, headers: Hub.headers(id: "msg_x", body: body, secret: Hub.netnovaSecret))
            #expect(response.status == .unauthorized)
            #expect(Hub.errorCode(response.body) == "webhook.signature_invalid")
        }
    }

    @Test("Rotation: the next secret and several signatures are accepted")
    func rotation() async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("504")
        try await hub.app().test(.router) { client in
            let next = try await post(client, body: body, headers: Hub.headers(id: "msg_504a", body: body, secret: Hub.netnovaNextSecret))
            #expect(next.status == .accepted)
            let stamp = String(Int(Hub.now.timeIntervalSince1970))
            let good = WebhookVerifier.sign(id: "msg_504b", timestamp: stamp, body: body, secret: WebhookSecret(encoded: Hub.netnovaSecret)!)
            let both = try await post(client, body: body, headers: Hub.headers(id: "msg_504b", body: body, signature: "v1,AAAA \(good)"))
            #expect(both.status == .accepted)
        }
    }

    @Test("Stale, future and missing timestamps get 401 webhook.timestamp_invalid / headers_missing", arguments: [-400.0, 400.0])
    func staleOrFuture(offset: Double) async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("505")
        try await hub.app().test(.router) { client in
            let response = try await post(client, body: body, headers: Hub.headers(id: "msg_505", body: body, timestamp: Hub.now.addingTimeInterval(offset)))
            #expect(response.status == .unauthorized)
            #expect(Hub.errorCode(response.body) == "webhook.timestamp_invalid")
            let bare = try await post(client, body: body, headers: [.contentType: "application/json"])
            #expect(bare.status == .unauthorized)
            #expect(Hub.errorCode(bare.body) == "webhook.headers_missing")
        }
    }

    @Test("A supplier whose tier does not push webhooks gets 403 even with a valid signature")
    func tierForbidden() async throws {
        let hub = try Hub()
        let body = Hub.jiraIssue("506")
        try await hub.app().test(.router) { client in
            let response = try await post(client, supplier: "stratus-hosting", body: body, headers: Hub.headers(id: "msg_506", body: body, secret: Hub.stratusSecret))
            #expect(response.status == .forbidden)
            #expect(Hub.errorCode(response.body) == "webhook.tier_forbidden")
        }
    }

    @Test("413 over the size limit, 415 for a content type the adapter does not read")
    func sizeAndContentType() async throws {
        let hub = try Hub(webhooks: "webhooks:\n  maxBodyBytes: 2048\n")
        try await hub.app().test(.router) { client in
            let big = Data(repeating: 0x20, count: 4096)
            let tooLarge = try await post(client, body: big, headers: Hub.headers(id: "msg_507", body: big))
            #expect(tooLarge.status == .contentTooLarge)
            #expect(Hub.errorCode(tooLarge.body) == "webhook.payload_too_large")
            let body = Data("<issue/>".utf8)
            let xml = try await post(client, body: body, headers: Hub.headers(id: "msg_508", body: body, contentType: "application/xml"))
            #expect(xml.status == .unsupportedMediaType)
            #expect(Hub.errorCode(xml.body) == "webhook.unsupported_media_type")
        }
    }

    @Test("429 with Retry-After above the supplier's rate")
    func rateLimited() async throws {
        let hub = try Hub(webhooks: "webhooks:\n  ratePerSecond: 1\n  burst: 2\n")
        try await hub.app().test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            var retryAfter: String?
            for index in 0..<3 {
                let body = Hub.jiraIssue("6\(index)")
                let response = try await post(client, body: body, headers: Hub.headers(id: "msg_6\(index)", body: body))
                statuses.append(response.status)
                retryAfter = response.headers[.retryAfter]
            }
            #expect(statuses == [.accepted, .accepted, .tooManyRequests])
            #expect(retryAfter == "1")
        }
    }

    @Test("503 with Retry-After when the supplier's backlog is full")
    func backlogFull() async throws {
        let hub = try Hub(webhooks: "webhooks:\n  maxBacklog: 1\n")
        try await hub.app().test(.router) { client in
            let first = Hub.jiraIssue("701")
            let second = Hub.jiraIssue("702")
            #expect(try await post(client, body: first, headers: Hub.headers(id: "msg_701", body: first)).status == .accepted)
            let response = try await post(client, body: second, headers: Hub.headers(id: "msg_702", body: second))
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "30")
            #expect(Hub.errorCode(response.body) == "webhook.backlog_full")
        }
    }
}
