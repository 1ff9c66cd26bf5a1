import AccordCore
import Hummingbird

extension AccordHTTPError {
    /// No `Authorization: Bearer …` header.
    static let tokenMissing = AccordHTTPError(
        .unauthorized, code: "auth.token_missing", message: "send an API token as 'Authorization: Bearer acc_…'",
        headers: [.wwwAuthenticate: "Bearer"]
    )
    /// The token is unknown, malformed or revoked (which one is not said).
    static let tokenInvalid = AccordHTTPError(
        .unauthorized, code: "auth.token_invalid", message: "the API token is not valid (unknown or revoked)",
        headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""]
    )
    /// The principal may not use this route at all (a supplier on an integrator route).
    static func forbidden(_ message: String) -> AccordHTTPError {
        AccordHTTPError(.forbidden, code: "auth.forbidden", message: message)
    }
    /// The token spent its request budget.
    static func rateLimited(retryAfter seconds: Int) -> AccordHTTPError {
        AccordHTTPError(
            .tooManyRequests, code: "api.rate_limited", message: "too many requests for this token; retry after \(seconds) s",
            headers: [.retryAfter: String(seconds)]
        )
    }
    /// A body field the principal may not set; nothing was changed.
    static func fieldNotAllowed(_ field: String, _ why: String) -> AccordHTTPError {
        AccordHTTPError(.unprocessableContent, code: "api.field_not_allowed", message: "field '\(field)' cannot be set: \(why)")
    }
    /// A body field has a value Accord cannot use.
    static func invalidField(_ field: String, _ why: String) -> AccordHTTPError {
        AccordHTTPError(.badRequest, code: "api.invalid_field", message: "field '\(field)': \(why)")
    }
    /// The body is not a JSON object (or not JSON at all).
    static func invalidBody(_ why: String) -> AccordHTTPError {
        AccordHTTPError(.badRequest, code: "api.invalid_body", message: why)
    }
    /// A query parameter is malformed.
    static func invalidQuery(_ name: String, _ why: String) -> AccordHTTPError {
        AccordHTTPError(.badRequest, code: "api.invalid_query", message: "query parameter '\(name)': \(why)")
    }
    /// The body is larger than `limits.maxRequestBytes`.
    static func bodyTooLarge(_ limit: Int) -> AccordHTTPError {
        AccordHTTPError(.contentTooLarge, code: "api.body_too_large", message: "request bodies are limited to \(limit) bytes")
    }
    /// The body's media type is not one the route accepts.
    static func unsupportedMediaType(_ accepted: String) -> AccordHTTPError {
        AccordHTTPError(.unsupportedMediaType, code: "api.unsupported_media_type", message: "send the body as \(accepted)")
    }
    /// No ticket with this id, or one the principal may not see (the two are not told apart).
    static func ticketNotFound(_ id: String) -> AccordHTTPError {
        AccordHTTPError(.notFound, code: "tmf.ticket_not_found", message: "no trouble ticket '\(id)'")
    }
    /// No hub listener with this id (or one registered by another principal).
    static func listenerNotFound(_ id: String) -> AccordHTTPError {
        AccordHTTPError(.notFound, code: "tmf.listener_not_found", message: "no listener '\(id)'")
    }
    /// The write contradicts stored data (a duplicate external id).
    static func conflict(_ message: String) -> AccordHTTPError {
        AccordHTTPError(.conflict, code: "api.conflict", message: message)
    }
    /// The path exists but not for this method.
    static func methodNotAllowed(_ method: String, allowed: [String]) -> AccordHTTPError {
        AccordHTTPError(
            .methodNotAllowed, code: "http.method_not_allowed", message: "\(method) is not allowed here; use \(allowed.joined(separator: ", "))",
            headers: [.allow: allowed.joined(separator: ", ")]
        )
    }
}
