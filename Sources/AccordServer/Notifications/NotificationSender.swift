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
///
/// Redirects are not followed: a 3xx is a failed delivery. A listener's callback was checked when
/// it registered (``CallbackAddressPolicy``); following a redirect would let it send the hub anywhere.
public struct URLSessionNotificationSender: NotificationSender {
    let timeout: TimeInterval
    let session: URLSession

    public init(timeout: TimeInterval = 10) {
        self.timeout = timeout
        session = URLSession(configuration: .ephemeral, delegate: RefusingRedirects(), delegateQueue: nil)
    }

    public func send(to url: URL, headers: [String: String], body: Data) async throws -> Int {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (_, response) = try await session.upload(for: request, from: body)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}

/// Answers every redirect with "do not follow", so the 3xx response itself comes back.
private final class RefusingRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
