import AccordCore

/// A problem in an adapter file: `Adapters/jira/adapter.yaml:12:5: error: unknown transform 'lowercse'`.
public typealias AdapterDiagnostic = SourceDiagnostic

/// An adapter file that failed validation, with every problem found.
public struct AdapterValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [AdapterDiagnostic]

    public init(diagnostics: [AdapterDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
