import AccordCore
import Foundation

/// Describes a ledger block as text a service manager can read: per clock, its running and paused
/// segments (custody segments for OLAs), target changes, warnings, breaches and how it ended.
public enum LedgerTimeline {
    /// One line per clock cycle, e.g.
    /// `netnova-ola resolution #1: running 09:00:00→10:00:00 (3600s); paused customer 10:00:00→11:00:00; …; stopped met at 12:30:00 (9000s of 14400s)`.
    public static func describe(_ entries: [LedgerEntry], asOf: Date? = nil) -> [String] {
        let clocks = Dictionary(grouping: entries.filter { $0.kind != .recomputed }) { ClockKey(entry: $0) }
        return clocks.keys.sorted().map { key in
            "\(key.agreement) \(key.clock) #\(key.cycle): " + segments(of: clocks[key] ?? [], asOf: asOf).joined(separator: "; ")
        }
    }

    private static func segments(of entries: [LedgerEntry], asOf: Date?) -> [String] {
        var parts: [String] = []
        var open: (label: String, start: Date, elapsed: Int)?
        // Warnings, breaches and target changes inside a segment are listed right after it.
        var notes: [String] = []
        func close(at instant: Date, elapsed: Int) {
            if let segment = open {
                let spent = segment.label == "running" ? " (\(elapsed - segment.elapsed)s)" : ""
                parts.append("\(segment.label) \(time(segment.start))→\(time(instant))\(spent)")
                open = nil
            }
            parts += notes
            notes = []
        }
        for entry in entries {
            switch entry.kind {
            case .started, .resumed, .reopened:
                close(at: entry.instant, elapsed: entry.elapsed)
                if entry.kind == .reopened { parts.append("reopened (\(entry.reason ?? "")) at \(time(entry.instant))") }
                open = ("running", entry.instant, entry.elapsed)
            case .paused:
                close(at: entry.instant, elapsed: entry.elapsed)
                open = ("paused \(entry.reason ?? "")", entry.instant, entry.elapsed)
            case .stopped:
                close(at: entry.instant, elapsed: entry.elapsed)
                let target = entry.target.map { " of \($0)s" } ?? ""
                parts.append("stopped \(entry.reason ?? "") at \(time(entry.instant)) (\(entry.elapsed)s\(target))")
            case .warned, .breached:
                notes.append("\(entry.kind.rawValue) at \(time(entry.instant)) (\(entry.elapsed)s)")
            case .targetChanged:
                notes.append("target \(entry.reason ?? "") at \(time(entry.instant))")
            case .recomputed:
                break
            }
        }
        if let segment = open {
            parts.append("\(segment.label) since \(time(segment.start))" + (asOf.map { " (as of \(time($0)))" } ?? ""))
        }
        return parts + notes
    }

    private static func time(_ date: Date) -> String {
        let text = LedgerCanonicalText.timestamp(date)
        return text.replacingOccurrences(of: ".000000Z", with: "Z")
    }

    private struct ClockKey: Hashable, Comparable {
        let agreement: String
        let clock: String
        let cycle: Int

        init(entry: LedgerEntry) {
            agreement = entry.agreementID.rawValue
            clock = entry.clock.rawValue
            cycle = entry.cycle
        }

        static func < (lhs: ClockKey, rhs: ClockKey) -> Bool {
            (lhs.agreement, lhs.clock, lhs.cycle) < (rhs.agreement, rhs.clock, rhs.cycle)
        }
    }
}
