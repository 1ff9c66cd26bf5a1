/// What an adapter made of one document: the records (failed ones carry diagnostics) and the
/// problems with the document as a whole.
public struct NormalizationResult: Sendable {
    public var records: [CanonicalRecord]
    /// Problems that stopped the document from being read (no record index).
    public var documentDiagnostics: [MappingDiagnostic]

    public init(records: [CanonicalRecord] = [], documentDiagnostics: [MappingDiagnostic] = []) {
        self.records = records
        self.documentDiagnostics = documentDiagnostics
    }

    /// Whether every record mapped and the document was read.
    public var isClean: Bool {
        documentDiagnostics.isEmpty && records.allSatisfy(\.diagnostics.isEmpty)
    }

    /// Document diagnostics followed by every record's diagnostics.
    public var allDiagnostics: [MappingDiagnostic] {
        documentDiagnostics + records.flatMap(\.diagnostics)
    }

    /// The records as JSON Lines, one per line, each line ending in a newline.
    public var jsonLines: String {
        records.map { $0.jsonLine + "\n" }.joined()
    }
}
