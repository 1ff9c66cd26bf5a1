import Foundation

/// The process's peak resident memory (`VmHWM` in `/proc/self/status`), Linux only.
enum PeakMemory {
    /// Peak resident set size in bytes, or `nil` where `/proc` is not available.
    static func bytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let kilobytes = Int(fields[1]) { return kilobytes * 1024 }
        }
        return nil
    }
}
