import Foundation

/// An RFC 4180 CSV reader: quoted fields with doubled quotes, line breaks inside quotes, CRLF or
/// LF row ends, a configurable delimiter and encoding, and a leading byte-order mark ignored.
/// Excel's `sep=;` first line names the file's delimiter and is not a row.
public enum CSVReader {
    /// A row with the line it starts on (1-based; a quoted field may span lines).
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// Why a CSV document cannot be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The rows of `data` with their line numbers (header row included); blank lines are skipped.
    public static func numberedRows(_ data: Data, options: CSVOptions = CSVOptions(), limits: ReaderLimits = .standard) throws(Failure) -> [Row] {
        do {
            return try read(data, options: options, limits: limits)
        } catch {
            throw Failure(description: error.message)
        }
    }

    /// The rows of `data` (header row included when the options say there is one).
    static func rows(_ data: Data, options: CSVOptions, limits: ReaderLimits) throws(DocumentError) -> [[String]] {
        try read(data, options: options, limits: limits).map(\.fields)
    }

    private static func read(_ data: Data, options: CSVOptions, limits: ReaderLimits) throws(DocumentError) -> [Row] {
        guard data.count <= limits.maxBytes else {
            throw DocumentError("document is \(data.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        var text = Substring(try decode(data, options.encoding))
        var delimiter = options.delimiter.unicodeScalars.first ?? ","
        var line = 1
        if let declared = excelSeparator(text) {
            delimiter = declared.delimiter
            text = text[declared.rest...]
            line = 2
        }
        var rows: [Row] = []
        var row: [String] = []
        var rowLine = line
        var field = ""
        var inQuotes = false
        var quoteStartLine = 0
        var cells = 0
        var afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() throws(DocumentError) {
            cells += 1
            guard cells <= limits.maxElements else { throw DocumentError("CSV has more than \(limits.maxElements) cells (limit)") }
            row.append(field)
            field = ""
            afterQuote = false
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; afterQuote = true; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteStartLine = line
            case delimiter:
                try endField()
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                fallthrough
            case "\n":
                try endField()
                if !(row.count == 1 && row[0].isEmpty) { rows.append(Row(line: rowLine, fields: row)) }
                row = []
                line += 1
                rowLine = line
            default:
                if afterQuote { throw DocumentError("invalid CSV at line \(line): text after a closing quote") }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw DocumentError("invalid CSV: a quoted field that starts on line \(quoteStartLine) is never closed (truncated?)") }
        if !field.isEmpty || !row.isEmpty || afterQuote {
            try endField()
            rows.append(Row(line: rowLine, fields: row))
        }
        return rows
    }

    /// Excel's first line `sep=X` (written by its "CSV" exports in locales whose list separator is
    /// not a comma): the delimiter it declares and where the next line starts.
    private static func excelSeparator(_ text: Substring) -> (delimiter: Unicode.Scalar, rest: Substring.Index)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        for expected in "sep=".unicodeScalars {
            guard index < scalars.endIndex, scalars[index] == expected else { return nil }
            index = scalars.index(after: index)
        }
        guard index < scalars.endIndex else { return nil }
        let delimiter = scalars[index]
        guard delimiter != "\r", delimiter != "\n", delimiter != "\"" else { return nil }
        index = scalars.index(after: index)
        if index < scalars.endIndex, scalars[index] == "\r" { index = scalars.index(after: index) }
        guard index == scalars.endIndex || scalars[index] == "\n" else { return nil }
        if index < scalars.endIndex { index = scalars.index(after: index) }
        return (delimiter, index)
    }

    private static func decode(_ data: Data, _ encoding: CSVOptions.Encoding) throws(DocumentError) -> String {
        switch encoding {
        case .utf8:
            var bytes = data[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let text = String(validating: bytes, as: UTF8.self) else { throw DocumentError("CSV is not valid UTF-8") }
            return text
        case .utf16:
            guard data.count % 2 == 0, let text = String(data: data, encoding: .utf16) else { throw DocumentError("CSV is not valid UTF-16") }
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        case .windows1252:
            guard let text = String(data: data, encoding: .windowsCP1252) else { throw DocumentError("CSV is not valid windows-1252") }
            return text
        case .iso88591:
            guard let text = String(data: data, encoding: .isoLatin1) else { throw DocumentError("CSV is not valid ISO-8859-1") }
            return text
        }
    }
}
