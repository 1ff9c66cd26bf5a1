import Foundation

/// Streams an XML document through libxml2's SAX2 push parser (``LibXML2PushParser``), keeping
/// only the subtree of the record being read, and hands each record element to `onRecord`.
///
/// A record is an element whose path from the root matches one of `locations`. Limits on depth
/// and element count abort the parse with a clear error.
final class XMLRecordReader {
    /// One step of a record location: an element name (namespace URI `nil` = any) or `*`.
    struct Step: Sendable {
        var local: String?
        var namespaceURI: String?
    }

    private let limits: ReaderLimits
    private let parser: LibXML2PushParser

    init(locations: [[Step]], limits: ReaderLimits, onRecord: @escaping (Int, XMLElementNode) -> Void) {
        self.limits = limits
        parser = LibXML2PushParser(tree: XMLRecordTree(locations: locations, limits: limits), onRecord: onRecord)
    }

    /// Reads `data`, calling `onRecord` for each record; throws the first document error.
    func read(_ data: Data) throws(DocumentError) {
        guard data.count <= limits.maxBytes else {
            throw DocumentError("document is \(data.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        try XMLPrologCheck.check(data)
        if let failure = parser.parse(data) { throw failure }
        try checkEnd()
    }

    /// Reads a document from `stream` in chunks, checking its prolog, UTF-8 and size on the way
    /// (``CheckedXMLInputStream``); memory stays bounded by the largest record.
    func read(stream: InputStream) throws(DocumentError) {
        let checked = CheckedXMLInputStream(source: stream, maxBytes: limits.maxBytes)
        if let failure = parser.parse(stream: checked, readFailure: { checked.failure }) { throw failure }
        try checkEnd()
    }

    private func checkEnd() throws(DocumentError) {
        if parser.tree.isInsideRecord { throw DocumentError("XML ends inside a record (truncated?)") }
    }
}
