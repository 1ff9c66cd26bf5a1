import AccordConnectors
import AccordCore
import AccordMapping
import Hummingbird

/// Webhook failures mapped to their documented HTTP answers (see docs/API-ERRORS.md).
enum WebhookError: Error {
    case tooLarge(Int)
    case unauthenticated(WebhookVerificationError)
    case tierForbidden(Tier)
    case unsupportedMediaType(String, accepted: [SourceFormat])
    case rateLimited(retryAfter: Int)
    case backlogFull(retryAfter: Int)
    case deliveryConflict(String)

    var httpError: AccordHTTPError {
        switch self {
        case .tooLarge(let limit):
            AccordHTTPError(.contentTooLarge, code: "webhook.payload_too_large", message: "the body exceeds the limit of \(limit) bytes")
        case .unauthenticated(let error):
            AccordHTTPError(.unauthorized, code: error.code, message: error.message)
        case .tierForbidden(let tier):
            AccordHTTPError(.forbidden, code: "webhook.tier_forbidden", message: "suppliers on the \(tier.rawValue) tier do not send webhooks to Accord")
        case .unsupportedMediaType(let type, let accepted):
            AccordHTTPError(
                .unsupportedMediaType, code: "webhook.unsupported_media_type",
                message: "content type '\(type)' is not one this supplier's adapter reads (\(accepted.map(\.rawValue).joined(separator: ", ")))"
            )
        case .rateLimited(let seconds):
            AccordHTTPError(
                .tooManyRequests, code: "webhook.rate_limited", message: "this supplier sends faster than its rate limit; retry after \(seconds) s",
                headers: [.retryAfter: String(seconds)]
            )
        case .backlogFull(let seconds):
            AccordHTTPError(
                .serviceUnavailable, code: "webhook.backlog_full", message: "this supplier's unprocessed backlog is full; retry after \(seconds) s",
                headers: [.retryAfter: String(seconds)]
            )
        case .deliveryConflict(let id):
            AccordHTTPError(
                .conflict, code: "webhook.delivery_conflict",
                message: "webhook-id '\(id)' was already delivered with a different body; the original is kept"
            )
        }
    }
}
