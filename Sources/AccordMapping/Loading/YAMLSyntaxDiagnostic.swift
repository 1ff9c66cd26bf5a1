import Yams

/// Turns a Yams syntax error into a located diagnostic.
enum YAMLSyntaxDiagnostic {
    static func diagnostic(for error: YamlError, file: String) -> AdapterDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let message = "invalid YAML: \(problem)" + (context.map { " (\($0.text))" } ?? "")
            return AdapterDiagnostic(file: file, line: mark.line, column: mark.column, message: message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return AdapterDiagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate keys in mapping: \(duplicates.joined(separator: ", "))"
            )
        default:
            return AdapterDiagnostic(file: file, line: 0, column: 0, message: "invalid YAML: \(error)")
        }
    }
}
