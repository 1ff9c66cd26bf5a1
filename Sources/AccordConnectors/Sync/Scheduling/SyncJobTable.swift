import AccordCore
import Foundation

/// The scheduler's bookkeeping, without I/O or time of its own: when each job is next due,
/// which suppliers are running, and what was started or deferred.
struct SyncJobTable: Sendable {
    private(set) var due: [Date?]
    private(set) var running: Set<SupplierID> = []
    /// Jobs started, and times a due job was put off because its supplier was busy, since start.
    private(set) var started = 0
    private(set) var deferred = 0
    let jobs: [SyncJob]
    /// How soon a job put off by a busy supplier is tried again.
    let busyRetry: TimeInterval

    init(jobs: [SyncJob], start: Date, busyRetry: TimeInterval) {
        self.jobs = jobs
        self.busyRetry = busyRetry
        due = jobs.map { $0.firstDue(start: start) }
    }

    /// Takes every job due at `now` whose supplier is free (the supplier is now running) and
    /// returns them; its next due instant moves to the schedule's next slot after `now`. A due
    /// job of a busy supplier is tried again `busyRetry` later: the slots it missed meanwhile
    /// become one run.
    mutating func take(now: Date) -> (start: [Int], deferred: [Int]) {
        var start: [Int] = []
        var putOff: [Int] = []
        for index in jobs.indices {
            guard let when = due[index], when <= now else { continue }
            if running.contains(jobs[index].supplier) {
                due[index] = now.addingTimeInterval(busyRetry)
                putOff.append(index)
            } else {
                due[index] = jobs[index].schedule.next(after: now)
                running.insert(jobs[index].supplier)
                start.append(index)
            }
        }
        started += start.count
        deferred += putOff.count
        return (start, putOff)
    }

    mutating func finished(_ index: Int) { running.remove(jobs[index].supplier) }

    /// The earliest instant any job is due, or `nil` when no job will ever be due again.
    var nextWake: Date? { due.compactMap { $0 }.min() }
}
