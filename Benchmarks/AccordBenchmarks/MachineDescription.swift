import Foundation

/// The machine the figures were taken on, for the report.
enum MachineDescription {
    static var current: String {
        let info = ProcessInfo.processInfo
        let memory = Double(info.physicalMemory) / 1_073_741_824
        var parts = [cpuModel ?? "unknown CPU", "\(info.activeProcessorCount) cores", String(format: "%.0f GiB", memory)]
        parts.append(info.operatingSystemVersionString)
        #if os(Linux)
        parts.append("Linux")
        #endif
        return parts.joined(separator: ", ")
    }

    /// The 1-minute load average now (`/proc/loadavg`): the machine is shared, so the report says how busy it was.
    static var loadAverage: String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.map(String.init)
    }

    private static var cpuModel: String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line?.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
