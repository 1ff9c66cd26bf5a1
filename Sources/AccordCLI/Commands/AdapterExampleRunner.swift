import AccordMapping
import Foundation

/// Runs `Adapters/<name>/examples/<case>.input.*` against `<case>.expected.jsonl` and reports
/// mismatches line by line.
enum AdapterExampleRunner {
    struct Report {
        var lines: [String] = []
        var passed = 0
        var failed = 0
    }

    static func run(directory: String, only: String?) throws -> Report {
        var report = Report()
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: directory).sorted().filter { only == nil || $0 == only }
        for name in names {
            let examples = "\(directory)/\(name)/examples"
            guard let files = try? manager.contentsOfDirectory(atPath: examples) else { continue }
            let adapter = try AdapterFiles.load(name, directory: directory)
            for file in files.sorted() {
                guard let range = file.range(of: ".input.") else { continue }
                let example = String(file[..<range.lowerBound])
                let input = try Data(contentsOf: URL(fileURLWithPath: "\(examples)/\(file)"))
                let expected = (try? String(contentsOfFile: "\(examples)/\(example).expected.jsonl", encoding: .utf8)) ?? ""
                let type = AdapterFiles.contentType(forExtension: (file as NSString).pathExtension)
                let actual = adapter.normalize(input, contentType: type).jsonLines
                if actual == expected {
                    report.passed += 1
                    report.lines.append("PASS \(name)/\(example)")
                } else {
                    report.failed += 1
                    report.lines.append("FAIL \(name)/\(example)")
                    report.lines += diff(expected: expected, actual: actual)
                }
            }
        }
        return report
    }

    private static func diff(expected: String, actual: String) -> [String] {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines: [String] = []
        for index in 0..<max(want.count, got.count) {
            let wanted = index < want.count ? want[index] : nil
            let gotten = index < got.count ? got[index] : nil
            guard wanted != gotten else { continue }
            lines.append("  line \(index + 1):")
            if let wanted { lines.append("  - \(wanted)") }
            if let gotten { lines.append("  + \(gotten)") }
        }
        return lines
    }
}
