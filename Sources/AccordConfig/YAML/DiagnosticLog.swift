/// Collects diagnostics while one configuration is read; validation goes on after an error so
/// that every problem is reported at once.
final class DiagnosticLog {
    private(set) var diagnostics: [ConfigDiagnostic] = []

    var isEmpty: Bool { diagnostics.isEmpty }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(ConfigDiagnostic(file: location.file, line: location.line, column: location.column, message: message))
    }
}

/// A position in a configuration file.
struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int

    /// The whole file, for problems that have no better place.
    static func file(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 0, column: 0) }

    var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
