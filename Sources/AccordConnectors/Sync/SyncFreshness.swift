import AccordCore
import Foundation

/// How fresh a supplier's synced data is: the age of its last successful run, or of its last
/// imported drop file (a processed file is a successful sync; a rejected one is not), against its schedule.
public struct SyncFreshness: Sendable, Codable, Hashable {
    public var lastSuccessAt: Date?
    public var ageSeconds: Double?
    public var allowedAgeSeconds: Double
    /// True when the last success is older than the schedule allows (or there never was one).
    public var overdue: Bool
    public var lastError: String?

    public init(schedule: SyncSchedule, runs: [SyncRun], lastImportedFile: Date? = nil, now: Date) {
        let success = (runs.filter { $0.status == .completed }.compactMap(\.finishedAt) + [lastImportedFile].compactMap { $0 }).max()
        lastSuccessAt = success
        let age = success.map { now.timeIntervalSince($0) }
        let allowed = schedule.allowedAge(at: now)
        ageSeconds = age
        allowedAgeSeconds = allowed
        overdue = age.map { $0 > allowed } ?? true
        lastError = runs.first { $0.status == .failed }.flatMap(\.error)
    }

    /// `ok, last success 3600s ago` or `WARNING overdue: …`.
    public var summary: String {
        let age = ageSeconds.map { String(format: "last success %.0fs ago (allowed %.0fs)", $0, allowedAgeSeconds) } ?? "never synced"
        return (overdue ? "WARNING overdue: " : "ok, ") + age + (lastError.map { "; last error: \($0)" } ?? "")
    }
}
