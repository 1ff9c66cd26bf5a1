import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A small JSON client for the simulators that call the hub (the desk and NetNova's Jira).
struct DemoHTTPClient: Sendable {
    private let session: URLSession

    init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    /// Sends `body` and returns the status and the response body; a non-2xx status is an error
    /// naming the request, the status and the hub's answer (which never holds secrets).
    @discardableResult
    func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 30)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await session.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw DemoError("\(method) \(url.path) answered \(status): \(String(decoding: data.prefix(500), as: UTF8.self))")
        }
        return (status, data)
    }

    /// A JSON object's bytes, keys sorted.
    static func json(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

/// Why the demo stopped.
public struct DemoError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
