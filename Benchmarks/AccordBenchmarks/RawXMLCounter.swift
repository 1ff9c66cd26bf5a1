import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The baseline for XML: `XMLParser(stream:)` with a delegate that only counts elements and
/// character bytes, so the figure is the parser's own cost.
final class RawXMLCounter: NSObject, XMLParserDelegate {
    private(set) var elements = 0
    private(set) var characters = 0

    /// Parses `data` through a stream; returns the element count (0 when parsing failed).
    static func count(_ data: Data) -> Int {
        let counter = RawXMLCounter()
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = counter
        return parser.parse() ? counter.elements &+ counter.characters : 0
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elements += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters += string.utf8.count
    }
}
