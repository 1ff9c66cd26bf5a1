/// Reads RFC 8288 `Link` headers: `<https://…?page=2>; rel="next", <…>; rel="last"`.
enum LinkHeader {
    /// The target of the first link whose `rel` includes `next`.
    static func next(in header: String?) -> String? {
        guard let header else { return nil }
        for link in splitLinks(header) {
            guard let open = link.firstIndex(of: "<"), let close = link.firstIndex(of: ">"), open < close else { continue }
            let target = String(link[link.index(after: open)..<close])
            let parameters = link[link.index(after: close)...].split(separator: ";")
            for parameter in parameters {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, pair[0].lowercased() == "rel" else { continue }
                let relations = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased().split(separator: " ")
                if relations.contains("next") { return target }
            }
        }
        return nil
    }

    /// Splits at commas outside `<…>` (URLs may contain commas).
    private static func splitLinks(_ header: String) -> [Substring] {
        var parts: [Substring] = []
        var start = header.startIndex
        var inURL = false
        for index in header.indices {
            switch header[index] {
            case "<": inURL = true
            case ">": inURL = false
            case "," where !inURL:
                parts.append(header[start..<index])
                start = header.index(after: index)
            default: break
            }
        }
        parts.append(header[start...])
        return parts
    }
}

import Foundation
