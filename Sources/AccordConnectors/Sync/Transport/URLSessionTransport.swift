import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// ``HTTPTransport`` over Foundation's `URLSession` (libcurl on Linux).
///
/// TLS certificates are always verified: the session has no delegate that could waive them.
/// Each request carries its own timeout; caching and cookies are off so every page is fresh.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration)
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: request.timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            throw Self.translate(error)
        }
        guard let http = response as? HTTPURLResponse else { throw TransportError(.invalidResponse, "not an HTTP response") }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }

    static func translate(_ error: URLError) -> TransportError {
        switch error.code {
        case .timedOut: TransportError(.timeout, "the request timed out")
        case .networkConnectionLost: TransportError(.connectionLost, "the connection was lost mid-response")
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            TransportError(.cannotConnect, "cannot connect to the supplier host")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            TransportError(.tls, "TLS verification failed")
        case .badServerResponse, .cannotParseResponse: TransportError(.connectionLost, "the response was cut short or malformed")
        // On Linux, FoundationNetworking (libcurl) maps every curl code it has no URLError for to
        // `.unknown`: a body cut short (CURLE_PARTIAL_FILE), a reset while receiving or sending
        // (CURLE_RECV_ERROR / CURLE_SEND_ERROR), an empty reply (CURLE_GOT_NOTHING). Those are the
        // dropped connections Darwin reports as `.networkConnectionLost`, so they are retried too;
        // configuration mistakes (bad or unsupported URL, TLS) have their own codes above.
        case .unknown: TransportError(.connectionLost, "the connection failed mid-exchange (URLError -1)")
        default: TransportError(.other, "request failed (URLError \(error.code.rawValue))")
        }
    }
}
