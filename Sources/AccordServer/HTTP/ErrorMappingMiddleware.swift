import Hummingbird
import Logging

/// Turns every error a handler throws into an ``AccordHTTPError`` response, so clients always get
/// the documented JSON body and nothing unmapped (SQL, payloads, secrets) leaks.
///
/// An unmatched path that ``routes`` knows for other methods answers 405 with `Allow`.
struct ErrorMappingMiddleware<Context: RequestContext>: RouterMiddleware {
    var routes = APIRouteTable(routes: [])

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as AccordHTTPError {
            throw error
        } catch let error as WebhookError {
            throw error.httpError
        } catch let error as HTTPError {
            if error.status == .notFound {
                let allowed = routes.methods(for: request.uri.path)
                if !allowed.isEmpty { throw AccordHTTPError.methodNotAllowed(request.method.rawValue, allowed: allowed) }
                throw AccordHTTPError.notFound(request.uri.path)
            }
            throw AccordHTTPError(error.status, code: "http.\(error.status.code)", message: error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("unhandled error", metadata: ["accord.error_type": "\(type(of: error))"])
            throw AccordHTTPError.internalError
        }
    }
}
