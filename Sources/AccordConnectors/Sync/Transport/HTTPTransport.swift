import Foundation

/// One HTTP exchange, small enough to fake: the sync engine talks to suppliers only through this.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the whole response, or throws ``TransportError``.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// A GET (or other) request to a supplier API.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    /// Seconds before the exchange is abandoned as a timeout.
    public var timeout: TimeInterval

    public init(method: String = "GET", url: URL, headers: [String: String] = [:], timeout: TimeInterval = 30) {
        self.method = method
        self.url = url
        self.headers = headers
        self.timeout = timeout
    }
}

/// A response with its headers (names lower-cased) and body.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// A header by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why an exchange produced no usable response. `description` never holds credentials or bodies.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case timeout, connectionLost, cannotConnect, tls, invalidResponse, other
    }

    public var code: Code
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    /// Whether trying again may help (timeouts and dropped or refused connections).
    public var isTransient: Bool { [.timeout, .connectionLost, .cannotConnect].contains(code) }
}
