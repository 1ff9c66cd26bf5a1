/// One problem found in a configuration file, located at a line and column.
///
/// Printed like a compiler diagnostic so editors can jump to it:
/// `Config/suppliers/acme.yaml:7:7: error: 'tier' must be one of use, integrate, interface, exclude (found 'intergrate')`.
public struct ConfigDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (the config directory joined with the file's relative path).
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column; 0 when the problem concerns the whole file.
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

/// Configuration that failed validation, with every problem found (not only the first).
public struct ConfigValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ConfigDiagnostic]

    public init(diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
