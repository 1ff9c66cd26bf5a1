import AccordCore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Runs the inbox processor as a long-lived service: after every wake-up (a new delivery) and at
/// least every `interval`, until graceful shutdown.
///
/// Acknowledging a delivery waits for the same one database writer as the worker's batches, and
/// the acknowledgement is what a supplier waits for. So while deliveries arrive faster than the
/// worker applies them (more during a batch than the batch held), it pauses `yieldFactor` times as
/// long as that batch took before the next one: it still applies deliveries at least
/// 1 / (1 + `yieldFactor`) of the time, keeps up at full speed with arrivals it can keep up with,
/// and catches up once a burst ends (the backlog limit answers 503 before it falls behind for good).
public struct InboxWorker: ServiceLifecycle.Service {
    let processor: InboxProcessor
    let wakeUps: AsyncStream<Void>
    let acceptedCount: @Sendable () -> Int
    let arm: @Sendable () -> Void
    let interval: Duration
    let yieldFactor: Double
    let logger: Logger

    /// - Parameter wakeUp: signalled when a delivery was accepted.
    public init(processor: InboxProcessor, wakeUp: InboxWakeUp, interval: Duration = .seconds(1), yieldFactor: Double = 6, logger: Logger) {
        self.processor = processor
        wakeUps = wakeUp.stream
        acceptedCount = { wakeUp.acceptedCount }
        arm = { wakeUp.arm() }
        self.interval = interval
        self.yieldFactor = max(0, yieldFactor)
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown { [processor, wakeUps, acceptedCount, arm, interval, yieldFactor, logger] in
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
                            while !Task.isCancelled {
                                arm()
                                let accepted = acceptedCount()
                                let start = ContinuousClock.now
                                guard try await processor.processDue(now: Date(), limit: processor.batchSize).total == processor.batchSize else { break }
                                // More arrived than were applied: ingestion is the busier side, let it have the writer.
                                if yieldFactor > 0, acceptedCount() - accepted > processor.batchSize {
                                    try? await Task.sleep(for: (ContinuousClock.now - start) * yieldFactor)
                                }
                            }
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
    private let signals = SignalCount()

    public init() {
        (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    public func signal() {
        signals.count.add(1, ordering: .relaxed)
        // Only the first delivery after the worker armed wakes it: the rest would each cost a task
        // switch on a busy server for a pass that is already coming.
        if signals.armed.exchange(false, ordering: .acquiringAndReleasing) { continuation.yield() }
    }

    /// The worker is about to look for due entries: the next signal wakes it again. Signals in
    /// between wake nobody (one wake-up per pass, not one task switch per delivery); any of them
    /// was committed before the pass that follows the first one reads.
    public func arm() {
        signals.armed.store(true, ordering: .releasing)
    }

    /// How many deliveries were signalled so far (the worker yields while it grows).
    public var acceptedCount: Int { signals.count.load(ordering: .relaxed) }

    private final class SignalCount: Sendable {
        let count = Atomic<Int>(0)
        let armed = Atomic<Bool>(true)
    }
}
