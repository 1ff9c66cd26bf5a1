import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams an XML document with `XMLParser(stream:)` (libxml2's push parser underneath), keeping
/// only the subtree of the record being read, and hands each record element to `onRecord`.
///
/// A record is an element whose path from the root matches one of `locations`. Limits on depth
/// and element count abort the parse with a clear error.
final class XMLRecordReader: NSObject, XMLParserDelegate {
    /// One step of a record location: an element name (namespace URI `nil` = any) or `*`.
    struct Step: Sendable {
        var local: String?
        var namespaceURI: String?
    }

    private let limits: ReaderLimits
    private let onRecord: (Int, XMLElementNode) -> Void
    private var tree: XMLRecordTree
    private(set) var failure: DocumentError?

    init(locations: [[Step]], limits: ReaderLimits, onRecord: @escaping (Int, XMLElementNode) -> Void) {
        self.limits = limits
        self.onRecord = onRecord
        tree = XMLRecordTree(locations: locations, limits: limits)
    }

    /// Reads `data`, calling `onRecord` for each record; throws the first document error.
    func read(_ data: Data) throws(DocumentError) {
        guard data.count <= limits.maxBytes else {
            throw DocumentError("document is \(data.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        try XMLPrologCheck.check(data)
        try parse(InputStream(data: data), checked: nil)
    }

    /// Reads a document from `stream` in chunks, checking its prolog, UTF-8 and size on the way
    /// (``CheckedXMLInputStream``); memory stays bounded by the largest record.
    func read(stream: InputStream) throws(DocumentError) {
        let checked = CheckedXMLInputStream(source: stream, maxBytes: limits.maxBytes)
        try parse(checked, checked: checked)
    }

    private func parse(_ stream: InputStream, checked: CheckedXMLInputStream?) throws(DocumentError) {
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let parsed = parser.parse()
        if let failure = checked?.failure { throw failure }
        if let failure { throw failure }
        if !parsed {
            let code = (parser.parserError as? NSError)?.code ?? 0
            let reason = XMLParser.ErrorCode(rawValue: code).map { "\($0)" } ?? "error \(code)"
            throw DocumentError("XML is not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(reason)")
        }
        if tree.isInsideRecord { throw DocumentError("XML ends inside a record (truncated?)") }
    }

    private func abort(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = DocumentError(message) }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        if let exceeded = tree.start(local: elementName, uri: namespaceURI ?? "", attributes: attributeDict) { abort(parser, exceeded) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard failure == nil else { return }
        if let finished = tree.end() { onRecord(finished.location, finished.record) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        tree.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard tree.isInsideRecord else { return }
        guard let text = String(data: CDATABlock, encoding: .utf8) else { return abort(parser, "CDATA section is not valid UTF-8") }
        tree.characters(text)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        abort(parser, "XML with an ENTITY declaration is not accepted")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        abort(parser, "XML with an ENTITY declaration is not accepted")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        abort(parser, "XML refers to an external entity, which is not accepted")
        return nil
    }
}
