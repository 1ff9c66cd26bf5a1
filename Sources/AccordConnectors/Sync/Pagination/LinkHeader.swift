import Foundation

/// Reads RFC 8288 `Link` headers: `<https://…?page=2>; rel="next", <…>; rel="last"`.
enum LinkHeader {
    /// The target of the first link whose `rel` includes `next`.
    static func next(in header: String?) -> String? {
        guard let header else { return nil }
        for link in split(header, at: ",") {
            guard let open = link.firstIndex(of: "<"), let close = link.firstIndex(of: ">"), open < close,
                  link[..<open].allSatisfy(\.isWhitespace) else { continue }
            let target = String(link[link.index(after: open)..<close])
            for parameter in split(link[link.index(after: close)...], at: ";") {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, pair[0].lowercased() == "rel" else { continue }
                let relations = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased().split(separator: " ")
                if relations.contains("next") { return target }
            }
        }
        return nil
    }

    /// Splits at `separator` outside `<…>` (URLs may contain commas) and outside quoted strings
    /// (`title="a, b"`).
    private static func split(_ text: Substring, at separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var inURL = false
        var inQuotes = false
        for index in text.indices {
            switch text[index] {
            case "<" where !inQuotes: inURL = true
            case ">" where !inQuotes: inURL = false
            case "\"" where !inURL: inQuotes.toggle()
            case separator where !inURL && !inQuotes:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(text[start...])
        return parts
    }

    private static func split(_ text: String, at separator: Character) -> [Substring] { split(text[...], at: separator) }
}
