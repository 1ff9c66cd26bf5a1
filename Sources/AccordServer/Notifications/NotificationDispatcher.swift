import AccordConnectors
import AccordCore
import Foundation
import Logging

/// Delivers due outbox notifications to their listeners, signed with each listener's secret
/// (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`), and schedules
/// retries with backoff until the retry policy gives up.
public struct NotificationDispatcher: Sendable {
    let listeners: any ListenerStore
    let sender: any NotificationSender
    let retry: RetryPolicy
    /// `hub.yaml` `api.allowLinkLocalCallbacks`: when false, a callback at a link-local or metadata
    /// address (one registered before the setting was turned off) is never contacted.
    let allowsLinkLocalCallbacks: Bool
    /// Resolves each callback's host before every delivery (a name can be re-pointed after registration).
    let resolver: any HostResolver
    let logger: Logger

    public init(
        listeners: any ListenerStore, sender: any NotificationSender, retry: RetryPolicy = RetryPolicy(maxAttempts: 8),
        allowsLinkLocalCallbacks: Bool = false, resolver: any HostResolver = SystemHostResolver(), logger: Logger
    ) {
        self.resolver = resolver
        self.listeners = listeners
        self.sender = sender
        self.retry = retry
        self.allowsLinkLocalCallbacks = allowsLinkLocalCallbacks
        self.logger = logger
    }

    /// Attempts every notification due at `now` (up to `limit`); returns how many were delivered.
    @discardableResult
    public func deliverDue(now: Date, limit: Int = 100) async throws -> Int {
        var delivered = 0
        var refusedHosts: [String: Bool] = [:]  // one lookup per host and pass
        for notification in try await listeners.dueNotifications(at: now, limit: limit) {
            guard let listener = try await listeners.listener(notification.listenerID) else {
                try await listeners.recordAttempt(notification.sequence, delivered: false, error: "listener removed", retryAt: nil)
                continue
            }
            let outcome = await attempt(notification, listener: listener, now: now, refusedHosts: &refusedHosts)
            let attempt = notification.attempts + 1
            try await listeners.recordAttempt(
                notification.sequence, delivered: outcome == nil, error: outcome,
                retryAt: outcome == nil ? nil : retry.retryAt(afterAttempt: attempt, failedAt: now, permanent: false)
            )
            if outcome == nil { delivered += 1 } else {
                logger.debug("notification delivery failed", metadata: ["accord.listener": "\(listener.id)", "accord.error": "\(outcome ?? "")"])
            }
        }
        return delivered
    }

    /// `nil` on a 2xx answer, else why it failed (status or transport error kind; never the secret).
    private func attempt(_ notification: OutboundNotification, listener: TicketListener, now: Date, refusedHosts: inout [String: Bool]) async -> String? {
        guard let url = URL(string: listener.callback), let secret = WebhookSecret(encoded: listener.secret) else { return "invalid listener" }
        if !allowsLinkLocalCallbacks, let host = url.host {
            let refused: Bool
            if let known = refusedHosts[host] {
                refused = known
            } else {
                refused = await CallbackAddressPolicy.refuses(host, resolver: resolver, refusesUnknown: true)
                refusedHosts[host] = refused
            }
            if refused { return "callback address refused (link-local or metadata, or its name did not resolve in time)" }
        }
        let timestamp = String(Int(now.timeIntervalSince1970))
        let headers = [
            "content-type": "application/json",
            "webhook-id": notification.eventID,
            "webhook-timestamp": timestamp,
            "webhook-signature": WebhookVerifier.sign(id: notification.eventID, timestamp: timestamp, body: notification.body, secret: secret),
        ]
        do {
            let status = try await sender.send(to: url, headers: headers, body: notification.body)
            return (200..<300).contains(status) ? nil : "HTTP \(status)"
        } catch {
            return "transport error (\(type(of: error)))"
        }
    }
}
