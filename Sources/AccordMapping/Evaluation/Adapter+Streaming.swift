import Foundation

extension Adapter {
    /// Maps the document in the file at `url`, handing each record to `onRecord` as soon as it is
    /// made, and returns the document diagnostics (empty when the whole document was read).
    ///
    /// XML is streamed (``normalize(stream:format:onRecord:)``): memory stays bounded by the
    /// largest record, not the file. JSON and CSV are mapped from the file's bytes, memory-mapped
    /// where the system allows. Unlike ``normalize(_:format:)``, records of an XML document that
    /// fails part-way (a limit, a syntax error near the end) have already been handed over when
    /// the diagnostic is returned: a caller that stores them must drop them together (dead-letter
    /// the document) when the result is not empty.
    public func normalize(contentsOf url: URL, format: SourceFormat, onRecord: (CanonicalRecord) -> Void) -> [MappingDiagnostic] {
        if format == .xml {
            guard let stream = InputStream(url: url) else {
                return [MappingDiagnostic(adapter: name, message: "cannot open '\(url.path)' for reading")]
            }
            return normalize(stream: stream, format: format, onRecord: onRecord)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            return [MappingDiagnostic(adapter: name, message: "cannot read '\(url.path)': \(error.localizedDescription)")]
        }
        return normalizeIncrementally(data, format: format, onRecord: onRecord)
    }

    /// Maps the document read from `stream` (opened and closed here), handing each record to
    /// `onRecord` as soon as it is made; returns the document diagnostics.
    ///
    /// XML goes through libxml2's SAX2 push parser in chunks, with the DOCTYPE/ENTITY prescan, the UTF-8
    /// check and the size limit applied to the bytes before the parser sees them. JSON and CSV
    /// are read to the end first (up to the adapter's `maxBytes`) and then mapped. See
    /// ``normalize(contentsOf:format:onRecord:)`` for records of a document that fails part-way.
    public func normalize(stream: InputStream, format: SourceFormat, onRecord: (CanonicalRecord) -> Void) -> [MappingDiagnostic] {
        guard formats.contains(format) else {
            return [MappingDiagnostic(adapter: name, message: "this adapter reads \(formats.map(\.rawValue).joined(separator: ", ")), not \(format.rawValue)")]
        }
        guard format == .xml else {
            switch Self.readAll(stream, limit: limits.maxBytes) {
            case .success(let data): return normalizeIncrementally(data, format: format, onRecord: onRecord)
            case .failure(let error): return [MappingDiagnostic(adapter: name, message: error.message)]
            }
        }
        do {
            try forEachXMLRecord(rules: rules.filter { $0.format == .xml }, read: { reader throws(DocumentError) in
                try reader.read(stream: stream)
            }, onRecord)
            return []
        } catch {
            return [MappingDiagnostic(adapter: name, message: error.message)]
        }
    }

    private func normalizeIncrementally(_ data: Data, format: SourceFormat, onRecord: (CanonicalRecord) -> Void) -> [MappingDiagnostic] {
        do {
            try forEachRecord(in: data, format: format, onRecord)
            return []
        } catch {
            return [MappingDiagnostic(adapter: name, message: error.message)]
        }
    }

    private static func readAll(_ stream: InputStream, limit: Int) -> Result<Data, DocumentError> {
        stream.open()
        defer { stream.close() }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { bytes in
                bytes.baseAddress.map { stream.read($0, maxLength: bytes.count) } ?? -1
            }
            if count < 0 { return .failure(DocumentError("reading the document failed: \(stream.streamError.map { "\($0)" } ?? "unknown error")")) }
            if count == 0 { return .success(data) }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { return .failure(DocumentError("document is more than the limit of \(limit) bytes")) }
        }
    }
}
