import AccordCore
import Foundation

/// One scheduled piece of work of one supplier: its API pull (all resources) or a poll of its
/// file-drop directory. The scheduler never runs two jobs of the same supplier at once.
public struct SyncJob: Sendable {
    /// What the job does, for logs: `pull` or `fileDrop`.
    public enum Kind: String, Sendable, Hashable {
        case pull
        case fileDrop
    }

    public var supplier: SupplierID
    public var kind: Kind
    public var schedule: SyncSchedule
    /// When the job last started (from the run records), so a restart neither repeats a run that
    /// is not due nor forgets one that was missed while the hub was down.
    public var lastRunAt: Date?
    /// The work; `now` is the instant the job was due. Errors are logged, never fatal to the scheduler.
    public var work: @Sendable (_ now: Date) async throws -> Void

    public init(
        supplier: SupplierID, kind: Kind, schedule: SyncSchedule, lastRunAt: Date? = nil,
        work: @escaping @Sendable (_ now: Date) async throws -> Void
    ) {
        self.supplier = supplier
        self.kind = kind
        self.schedule = schedule
        self.lastRunAt = lastRunAt
        self.work = work
    }

    /// The first due instant when the scheduler starts at `start`: a run missed while the hub was
    /// down is due at once; a never-run interval job is due at once; a never-run cron job waits
    /// for its next fire time.
    func firstDue(start: Date) -> Date? {
        if let lastRunAt { return schedule.next(after: lastRunAt) }
        if case .interval = schedule { return start }
        return schedule.next(after: start)
    }
}
