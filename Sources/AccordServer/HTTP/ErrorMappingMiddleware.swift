import Hummingbird
import Logging

/// Turns every error a handler throws into an ``AccordHTTPError`` response, so clients always get
/// the documented JSON body and nothing unmapped (SQL, payloads, secrets) leaks.
struct ErrorMappingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as AccordHTTPError {
            throw error
        } catch let error as WebhookError {
            throw error.httpError
        } catch let error as HTTPError {
            if error.status == .notFound {
                throw AccordHTTPError.notFound(request.uri.path)
            }
            throw AccordHTTPError(error.status, code: "http.\(error.status.code)", message: error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("unhandled error", metadata: ["accord.error_type": "\(type(of: error))"])
            throw AccordHTTPError.internalError
        }
    }
}
