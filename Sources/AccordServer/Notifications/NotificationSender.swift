import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one signed notification; the outbox worker depends on this, so tests use a fake.
public protocol NotificationSender: Sendable {
    /// POSTs `body` with `headers` to `url`; returns the HTTP status, throws on transport failure.
    func send(to url: URL, headers: [String: String], body: Data) async throws -> Int
}

/// ``NotificationSender`` over Foundation `URLSession` (libcurl on Linux), with a timeout.
public struct URLSessionNotificationSender: NotificationSender {
    let timeout: TimeInterval

    public init(timeout: TimeInterval = 10) { self.timeout = timeout }

    public func send(to url: URL, headers: [String: String], body: Data) async throws -> Int {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (_, response) = try await URLSession.shared.upload(for: request, from: body)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
