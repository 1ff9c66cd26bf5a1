import AccordCore
import Foundation
import Logging
import ServiceLifecycle

/// Runs the inbox processor as a long-lived service: after every wake-up (a new delivery) and at
/// least every `interval`, until graceful shutdown.
public struct InboxWorker: ServiceLifecycle.Service {
    let processor: InboxProcessor
    let wakeUps: AsyncStream<Void>
    let interval: Duration
    let logger: Logger

    /// - Parameter wakeUps: yields when a delivery was accepted (see ``InboxWakeUp``).
    public init(processor: InboxProcessor, wakeUps: AsyncStream<Void>, interval: Duration = .seconds(1), logger: Logger) {
        self.processor = processor
        self.wakeUps = wakeUps
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown { [processor, wakeUps, interval, logger] in
            let (signals, relay) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
            await withTaskGroup(of: Void.self) { group in
                group.addTask { for await _ in wakeUps { relay.yield() } }
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: interval)
                        relay.yield()
                    }
                }
                group.addTask {
                    relay.yield()
                    for await _ in signals {
                        if Task.isCancelled { break }
                        do {
                            // Drain: keep going while full batches come back.
                            while try await processor.processDue(now: Date()).total == 100, !Task.isCancelled {}
                        } catch {
                            logger.error("inbox pass failed", metadata: ["accord.error_type": "\(type(of: error))"])
                        }
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
    }
}

extension InboxProcessor.PassSummary {
    var total: Int { processed + retried + dead }
}

/// The signal the webhook endpoint gives the worker when a delivery was accepted.
public struct InboxWakeUp: Sendable {
    public let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    public init() {
        (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    public func signal() { continuation.yield() }
}
