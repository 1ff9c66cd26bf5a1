import AccordCore
import Foundation
import Hummingbird

/// Authenticates `Authorization: Bearer acc_…` on every API route and applies the per-token
/// rate limit. Errors never echo the token.
struct APIAuthMiddleware: RouterMiddleware {
    typealias Context = AccordRequestContext

    let issuer: ApiTokenIssuer
    let limiter: TokenBucketLimiter<ApiTokenID>
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], !header.isEmpty else { throw AccordHTTPError.tokenMissing }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw AccordHTTPError.tokenInvalid }
        guard let token = try await issuer.authenticate(String(parts[1]).trimmingCharacters(in: .whitespaces)) else {
            throw AccordHTTPError.tokenInvalid
        }
        if let wait = limiter.take(token.id, now: now()) { throw AccordHTTPError.rateLimited(retryAfter: wait) }
        var context = context
        context.principal = token.principal
        context.logger[metadataKey: "accord.token"] = .string(token.id.rawValue)
        return try await next(request, context)
    }
}
