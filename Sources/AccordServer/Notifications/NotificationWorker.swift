import AccordCore
import Foundation
import Logging
import ServiceLifecycle

/// The long-running outbox delivery loop of `accord serve`: every `interval`, delivers what is due.
/// Stops at graceful shutdown.
public struct NotificationWorker: ServiceLifecycle.Service {
    let dispatcher: NotificationDispatcher
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    public init(dispatcher: NotificationDispatcher, interval: Duration = .seconds(1), now: @escaping @Sendable () -> Date = { Date() }, logger: Logger) {
        self.dispatcher = dispatcher
        self.interval = interval
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await dispatcher.deliverDue(now: now())
                } catch {
                    logger.error("notification outbox pass failed", metadata: ["accord.error_type": "\(type(of: error))"])
                }
                try await Task.sleep(for: interval)
            }
        }
    }
}
