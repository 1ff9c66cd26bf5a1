/// A loaded, validated adapter: everything needed to turn one supplier system's documents into
/// canonical records. Load with ``AdapterLoader``; run with ``normalize(_:contentType:)``.
public struct Adapter: Sendable {
    public var name: String
    public var description: String?
    /// The formats the adapter reads, in the order declared.
    public var formats: [SourceFormat]
    /// The file it was loaded from, as shown in diagnostics.
    public var file: String
    public var limits: ReaderLimits
    public var csv: CSVOptions
    /// XML namespace prefix → URI.
    var namespaces: [String: String]
    var rules: [RecordRule]

    init(
        name: String, description: String?, formats: [SourceFormat], file: String, limits: ReaderLimits,
        csv: CSVOptions, namespaces: [String: String], rules: [RecordRule]
    ) {
        self.name = name
        self.description = description
        self.formats = formats
        self.file = file
        self.limits = limits
        self.csv = csv
        self.namespaces = namespaces
        self.rules = rules
    }

    /// The record types the adapter yields.
    public var recordTypes: [CanonicalRecordType] {
        CanonicalRecordType.allCases.filter { type in rules.contains { $0.recordType == type } }
    }
}
