import AccordCore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Runs the hub's scheduled sync jobs (``SyncJob``) as a long-lived service in `accord serve`:
/// each supplier's pull on its cron (in the supplier calendar's time zone) or interval, and each
/// file-drop directory poll.
///
/// Two jobs of one supplier never overlap: a job that falls due while its supplier is busy is put
/// off (logged, counted) and tried again `busyRetry` seconds later, so the slots it missed become
/// one run. Graceful shutdown cancels running jobs; a sync run checkpoints every page, so the next
/// start resumes it.
public struct SyncScheduler: ServiceLifecycle.Service {
    let jobs: [SyncJob]
    let clock: any SyncClock
    let logger: Logger
    let busyRetry: TimeInterval
    let state: SchedulerState

    public init(jobs: [SyncJob], clock: any SyncClock = SystemSyncClock(), busyRetry: TimeInterval = 30, logger: Logger) {
        self.jobs = jobs
        self.clock = clock
        self.busyRetry = busyRetry
        self.logger = logger
        state = SchedulerState()
    }

    /// Jobs started, and times a due job was put off because its supplier was busy, since the service started.
    public var counts: (started: Int, deferred: Int) { state.counts }

    /// Suppliers with a job running now.
    public var runningSuppliers: Set<SupplierID> { state.running }

    public func run() async throws {
        guard !jobs.isEmpty else {
            try? await gracefulShutdown()
            return
        }
        state.reset(SyncJobTable(jobs: jobs, start: clock.now(), busyRetry: busyRetry))
        do {
            try await cancelWhenGracefulShutdown { try await loop() }
        } catch is CancellationError {
            logger.info("sync scheduler stopped")
        }
    }

    private func loop() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            while !Task.isCancelled {
                let now = clock.now()
                let taken = state.take(now: now)
                for index in taken.deferred {
                    logger.notice("scheduled sync put off: another job of the supplier is still running", metadata: metadata(jobs[index]))
                }
                for index in taken.start {
                    let job = jobs[index]
                    group.addTask {
                        defer { state.finished(index) }
                        await perform(job, due: now)
                    }
                }
                guard let wake = state.nextWake else {
                    try await gracefulShutdown()
                    return
                }
                try await clock.sleep(seconds: max(0, wake.timeIntervalSince(clock.now())))
            }
        }
    }

    private func perform(_ job: SyncJob, due: Date) async {
        // File-drop polls run every minute or so: only what they find is worth an info line.
        logger.log(level: job.kind == .pull ? .info : .debug, "scheduled sync started", metadata: metadata(job))
        do {
            try await job.work(due)
        } catch is CancellationError {
            logger.info("scheduled sync cancelled; it resumes from its last page at the next start", metadata: metadata(job))
        } catch {
            // One supplier's failure never stops the others; the run record keeps the reason.
            var details = metadata(job)
            details["accord.error"] = "\(error)"
            logger.error("scheduled sync failed", metadata: details)
        }
    }

    private func metadata(_ job: SyncJob) -> Logger.Metadata {
        ["accord.supplier": "\(job.supplier)", "accord.sync_job": "\(job.kind.rawValue)"]
    }
}

/// The ``SyncJobTable`` behind a lock: the loop takes due jobs while finished jobs release their
/// supplier from other tasks.
final class SchedulerState: Sendable {
    private let table = Mutex<SyncJobTable?>(nil)

    func reset(_ value: SyncJobTable) { table.withLock { $0 = value } }
    func take(now: Date) -> (start: [Int], deferred: [Int]) { table.withLock { $0?.take(now: now) ?? ([], []) } }
    func finished(_ index: Int) { table.withLock { $0?.finished(index) } }
    var nextWake: Date? { table.withLock { $0?.nextWake } }
    var counts: (started: Int, deferred: Int) { table.withLock { ($0?.started ?? 0, $0?.deferred ?? 0) } }
    var running: Set<SupplierID> { table.withLock { $0?.running ?? [] } }
}
