/// A problem in a file a person edits (configuration, adapter), located at a line and column and
/// printed like a compiler diagnostic so editors can jump to it:
/// `Config/suppliers/acme.yaml:7:7: error: 'tier' must be one of …`.
public struct SourceDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
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
