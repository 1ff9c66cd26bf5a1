/// A problem in an adapter file, located at a line and column and printed like a compiler
/// diagnostic: `Adapters/jira/adapter.yaml:12:5: error: unknown transform 'lowercse'`.
public struct AdapterDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based; 0 when the problem concerns the whole file.
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }
}

/// An adapter file that failed validation, with every problem found.
public struct AdapterValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [AdapterDiagnostic]

    public init(diagnostics: [AdapterDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
