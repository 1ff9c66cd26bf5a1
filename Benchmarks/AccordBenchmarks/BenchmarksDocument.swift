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

    /// Prints `section` and, unless `arguments` hold `--no-write`, puts it into the `--output` file
    /// (`docs/BENCHMARKS.md` by default).
    static func publish(_ section: String, begin: String, end: String, arguments: [String]) throws {
        print(section)
        guard !arguments.contains("--no-write") else { return }
        let output = BenchmarkSupport.value(of: "--output", in: arguments) ?? AccordBenchmarks.defaultOutputPath
        try replaceSection(section, begin: begin, end: end, in: output)
        print("wrote \(output)")
    }
}
