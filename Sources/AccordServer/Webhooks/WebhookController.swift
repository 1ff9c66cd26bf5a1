import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import Foundation
import Hummingbird

/// `POST /webhooks/{supplier}`: verifies a Standard Webhooks delivery and stores it raw, durably,
/// before acknowledging. Normalisation happens later, in the inbox worker.
///
/// Checks run in an order that reveals nothing to unauthenticated callers: size (413), headers and
/// timestamp (401), signature (401; an unknown supplier is verified against a random secret, so
/// its answer and timing equal a wrong signature's), then tier (403), content type (415), rate
/// (429) and backlog (503), then the inbox (202, 200 duplicate, 409 conflict).
struct WebhookController: Sendable {
    let configuration: AccordConfiguration
    let adapters: [String: Adapter]
    let secrets: WebhookSecrets
    let inbox: any InboxStore
    let limiter: TokenBucketLimiter<SupplierID>
    let backlog = BacklogGauge()
    let wakeUp: InboxWakeUp
    let now: @Sendable () -> Date

    func addRoutes(to router: Router<some RequestContext>) {
        router.post("/webhooks/:supplier") { request, context in
            try await receive(request, supplierName: context.parameters.get("supplier") ?? "")
        }
    }

    func receive(_ request: Request, supplierName: String) async throws -> Response {
        let limits = configuration.hub.webhooks
        if let length = request.headers.value(of: .contentLength).flatMap(Int.init), length > limits.maxBodyBytes { throw WebhookError.tooLarge(limits.maxBodyBytes) }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limits.maxBodyBytes)
        } catch {
            throw WebhookError.tooLarge(limits.maxBodyBytes)
        }
        let bytes = Data(body.readableBytesView)
        let received = now()
        let supplierID = SupplierID(supplierName)
        let settings = supplierID.flatMap { configuration.supplier($0) }
        let verifier = WebhookVerifier(secrets: secrets.secrets(for: settings?.supplier.id), tolerance: TimeInterval(limits.timestampToleranceSeconds))
        let id = request.header(.webhookID)
        let timestamp = request.header(.webhookTimestamp)
        do throws(WebhookVerificationError) {
            try verifier.verify(id: id, timestamp: timestamp, signatures: request.header(.webhookSignature), body: bytes, now: received)
        } catch {
            throw WebhookError.unauthenticated(error)
        }
        guard let supplier = settings?.supplier, let deliveryID = id else { throw WebhookError.unauthenticated(.signatureInvalid) }
        guard supplier.capabilities.accepts(.webhook) else { throw WebhookError.tierForbidden(supplier.tier) }
        let contentType = request.headers.value(of: .contentType) ?? ""
        guard let adapter = supplier.adapter.flatMap({ adapters[$0] }),
              let format = SourceFormat(contentType: contentType), adapter.formats.contains(format) else {
            throw WebhookError.unsupportedMediaType(contentType, accepted: supplier.adapter.flatMap { adapters[$0] }?.formats ?? [])
        }
        if let wait = limiter.take(supplier.id, now: received) { throw WebhookError.rateLimited(retryAfter: wait) }
        if try await backlog.isFull(supplier.id, limit: limits.maxBacklog, now: received, count: { [inbox] in try await inbox.backlog(of: supplier.id) }) {
            throw WebhookError.backlogFull(retryAfter: 30)
        }

        var headers = ["content-type": contentType, "webhook-id": deliveryID, "webhook-timestamp": timestamp ?? ""]
        if let agent = request.headers.value(of: .userAgent) { headers["user-agent"] = agent }
        let delivery = InboxDelivery(
            supplier: supplier.id, channel: .webhook, deliveryID: deliveryID, receivedAt: received,
            contentType: contentType, headers: headers, body: bytes
        )
        guard let acceptance = try await inbox.accept([delivery]).first else { throw AccordHTTPError.internalError }
        switch acceptance {
        case .accepted(let entry):
            backlog.accepted(supplier.id)
            wakeUp.signal()
            return try DeliveryReceipt(status: "accepted", deliveryID: deliveryID, entry: entry).response(.accepted)
        case .duplicate(let entry):
            return try DeliveryReceipt(status: "duplicate", deliveryID: deliveryID, entry: entry).response(.ok)
        case .conflict:
            throw WebhookError.deliveryConflict(deliveryID)
        }
    }
}
