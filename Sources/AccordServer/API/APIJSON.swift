import Foundation
import Hummingbird

/// Reading JSON object bodies (size-capped, media type checked) and writing JSON responses.
enum APIJSON {
    /// The request body as a JSON object. `mediaTypes` are the accepted `Content-Type` values
    /// (parameters such as `charset` ignored).
    static func object(_ request: Request, limit: Int, mediaTypes: [String] = ["application/json"]) async throws -> [String: Any] {
        let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        // No Content-Type at all is a request without a body: a bad request, not an unsupported type.
        guard let type else { throw AccordHTTPError.invalidBody("a JSON object body is required (Content-Type: \(mediaTypes[0]))") }
        guard mediaTypes.contains(type) else { throw AccordHTTPError.unsupportedMediaType(mediaTypes.joined(separator: " or ")) }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw AccordHTTPError.bodyTooLarge(limit)
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView), options: [.fragmentsAllowed]) else {
            throw AccordHTTPError.invalidBody("the body is not valid JSON")
        }
        guard let object = value as? [String: Any] else { throw AccordHTTPError.invalidBody("the body must be a JSON object") }
        return object
    }

    /// A JSON response of a `JSONSerialization` value (sorted keys).
    static func response(_ status: HTTPResponse.Status = .ok, _ value: Any, headers: HTTPFields = [:]) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
