import Foundation
import Yams

/// Reads one YAML file into a located root value, reporting syntax errors at their position.
enum YAMLDocument {
    /// The root node of `path` (shown in diagnostics as `displayPath`), or `nil` after logging why not.
    static func load(path: URL, displayPath: String, _ log: DiagnosticLog) -> YAMLValue? {
        let data: Data
        do {
            data = try Data(contentsOf: path)
        } catch {
            log.error("cannot read file: \(error.localizedDescription)", at: .file(displayPath))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.error("file is not valid UTF-8", at: .file(displayPath))
            return nil
        }
        return parse(text, displayPath: displayPath, log)
    }

    /// The root node of YAML `text`, or `nil` after logging why not.
    static func parse(_ text: String, displayPath: String, _ log: DiagnosticLog) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.error("file is empty", at: .file(displayPath))
                return nil
            }
            return YAMLValue(node: node, file: displayPath)
        } catch let error as YamlError {
            log.error(describe(error), at: location(of: error, in: displayPath))
            return nil
        } catch {
            log.error("cannot parse YAML: \(error)", at: .file(displayPath))
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            "invalid YAML: \(problem)" + (context.map { " (\($0.text))" } ?? "")
        case .duplicatedKeysInMapping(let duplicates, _):
            "duplicate keys in mapping: \(duplicates.joined(separator: ", "))"
        case .reader(let problem, _, _, _):
            "invalid YAML text: \(problem)"
        default:
            "invalid YAML"
        }
    }

    private static func location(of error: YamlError, in file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            .file(file)
        }
    }
}
