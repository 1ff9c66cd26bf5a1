/// Why a webhook delivery failed verification. Messages never contain secrets or signatures.
public enum WebhookVerificationError: Error, Sendable, Equatable {
    /// `webhook-id`, `webhook-timestamp` or `webhook-signature` is missing or empty.
    case missingHeaders
    /// `webhook-timestamp` is not whole seconds since 1970.
    case invalidTimestamp
    /// `webhook-timestamp` is further from now than the tolerance.
    case timestampOutOfTolerance
    /// No `v1` signature matches any active secret.
    case signatureInvalid

    /// The stable error code clients see.
    public var code: String {
        switch self {
        case .missingHeaders: "webhook.headers_missing"
        case .invalidTimestamp, .timestampOutOfTolerance: "webhook.timestamp_invalid"
        case .signatureInvalid: "webhook.signature_invalid"
        }
    }

    /// What a supplier's engineer needs to know to fix the sender.
    public var message: String {
        switch self {
        case .missingHeaders:
            "the webhook-id, webhook-timestamp and webhook-signature headers are required (Standard Webhooks)"
        case .invalidTimestamp, .timestampOutOfTolerance:
            "webhook-timestamp must be the sending time in whole seconds since 1970, within the hub's tolerance of its clock"
        case .signatureInvalid:
            "no v1 signature in webhook-signature matches: sign '{webhook-id}.{webhook-timestamp}.{body}' with HMAC-SHA256 and the supplier's whsec_ secret"
        }
    }
}
