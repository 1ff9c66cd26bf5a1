/// How an adapter's CSV files are written.
public struct CSVOptions: Sendable, Hashable {
    /// The text encodings a CSV file may be declared in.
    public enum Encoding: String, Sendable, Hashable, CaseIterable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"
        case windows1252 = "windows-1252"
        case iso88591 = "iso-8859-1"
    }

    public var delimiter: Character
    public var encoding: Encoding
    /// Whether the first row names the columns.
    public var header: Bool
    /// Column names when there is no header row.
    public var columns: [String]

    public init(delimiter: Character = ",", encoding: Encoding = .utf8, header: Bool = true, columns: [String] = []) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.header = header
        self.columns = columns
    }
}
