import AccordCore
import Hummingbird

/// The request context of every Accord route: Hummingbird's core context plus the principal the
/// ``APIAuthMiddleware`` authenticated (`nil` on unauthenticated routes such as `/health`).
public struct AccordRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who the request's bearer token speaks for.
    public var principal: Principal?

    public init(source: Source) {
        coreContext = .init(source: source)
        principal = nil
    }

    /// The authenticated principal; throws `auth.token_missing` on a route the middleware does not guard.
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw AccordHTTPError.tokenMissing }
        return principal
    }
}
