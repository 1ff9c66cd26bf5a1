import Foundation

/// `docs/BENCHMARKS.md`: each benchmark owns one section between its own begin and end markers.
enum BenchmarksDocument {
    /// Replaces the section between `begin` and `end` in the file at `path` with `section`
    /// (which carries the markers), appending it when absent; creates the file when missing.
    static func replaceSection(_ section: String, begin: String, end: String, in path: String) throws {
        var text = (try? String(contentsOfFile: path, encoding: .utf8))
            ?? "# Benchmarks\n\nFigures from benchmarks in `Benchmarks/`, each section rewritten by its benchmark.\n"
        if let lower = text.range(of: begin), let upper = text.range(of: end, range: lower.upperBound ..< text.endIndex) {
            text.replaceSubrange(lower.lowerBound ..< upper.upperBound, with: section)
        } else {
            text += (text.hasSuffix("\n\n") ? "" : text.hasSuffix("\n") ? "\n" : "\n\n") + section + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
