import Foundation

/// A document format an adapter can read.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case json
    case xml
    case csv

    /// The format a `Content-Type` names (`application/json; charset=utf-8`, `application/soap+xml`,
    /// `text/csv`), or `nil` when it names none of them.
    public init?(contentType: String) {
        // The usual spellings without parameters need no splitting or case folding.
        switch contentType {
        case "application/json": self = .json; return
        case "application/xml", "text/xml": self = .xml; return
        case "text/csv": self = .csv; return
        default: break
        }
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch mediaType {
        case "application/json", "text/json": self = .json
        case "application/xml", "text/xml": self = .xml
        case "text/csv", "application/csv", "text/comma-separated-values": self = .csv
        default:
            if mediaType.hasSuffix("+json") { self = .json }
            else if mediaType.hasSuffix("+xml") { self = .xml }
            else { return nil }
        }
    }
}
