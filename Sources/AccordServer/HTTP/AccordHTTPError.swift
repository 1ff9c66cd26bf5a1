import Foundation
import Hummingbird

/// The one error type that reaches HTTP clients: a status, a stable dotted code and a message a
/// supplier's engineer can act on. Body: `{"error": {"code": "…", "message": "…"}}`.
///
/// Codes are documented in `docs/API-ERRORS.md` and never change meaning once shipped.
public struct AccordHTTPError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    /// Under `/tmf-api/` the body also carries TMF630's `Error` fields (`code`, `reason`, `message`,
    /// `status`, `@type`) beside the `error` envelope, as the TMF621 specification declares.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let detail = ErrorBody.Detail(code: code, message: message)
        let data: Data
        if request.uri.path.hasPrefix("/tmf-api/") {
            data = try JSONEncoder.accord.encode(TMFErrorBody(error: detail, status: String(status.code)))
        } else {
            data = try JSONEncoder.accord.encode(ErrorBody(error: detail))
        }
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private struct ErrorBody: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
        }

        let error: Detail
    }

    /// TMF630 `Error` (required `code` and `reason`) with Accord's envelope kept for uniform clients.
    private struct TMFErrorBody: Encodable {
        let error: ErrorBody.Detail
        let status: String

        private enum CodingKeys: String, CodingKey {
            case error, code, reason, message, status
            case type = "@type"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(error, forKey: .error)
            try container.encode(error.code, forKey: .code)
            try container.encode(error.message, forKey: .reason)
            try container.encode(error.message, forKey: .message)
            try container.encode(status, forKey: .status)
            try container.encode("Error", forKey: .type)
        }
    }
}

extension AccordHTTPError {
    /// No route matches the request path.
    static func notFound(_ path: String) -> AccordHTTPError {
        AccordHTTPError(.notFound, code: "http.not_found", message: "no resource at \(path)")
    }

    /// An error no handler mapped; the message never carries the underlying error's text.
    static let internalError = AccordHTTPError(
        .internalServerError, code: "internal.unexpected", message: "the hub could not complete the request; the error has been logged"
    )
}

extension JSONEncoder {
    /// Accord's JSON style: sorted keys, RFC 3339 instants in UTC.
    static var accord: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
