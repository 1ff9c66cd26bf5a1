import AccordCore

/// One problem found in a configuration file, located at a line and column.
public typealias ConfigDiagnostic = SourceDiagnostic

/// Configuration that failed validation, with every problem found (not only the first).
public struct ConfigValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ConfigDiagnostic]

    public init(diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
