import Foundation

/// Rejects XML that declares a document type before any parser sees it: a DOCTYPE is where
/// external entities (XXE) and entity expansion ("billion laughs") are declared, and supplier
/// payloads never need one.
enum XMLPrologCheck {
    /// What a scan of the start of a document found.
    enum Outcome {
        /// The root element starts; nothing before it is refused.
        case accepted
        case rejected(DocumentError)
        /// The bytes end inside the prolog; a streamed document needs more of them to decide.
        case needsMoreBytes
    }

    /// Checks everything before the root element of `data`, and that all of `data` is UTF-8.
    static func check(_ data: Data) throws(DocumentError) {
        let outcome: Outcome = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let error = encodingError(bytes) { return .rejected(error) }
            // libxml2 would report invalid UTF-8 only as a generic encoding error; check it here for a located message.
            if let invalid = UTF8Check.firstInvalidOffset(bytes) {
                return .rejected(DocumentError("XML is not valid UTF-8 at \(DocumentError.position(of: invalid, in: bytes)) (only UTF-8 XML is accepted)"))
            }
            return scan(bytes, isComplete: true)
        }
        if case .rejected(let error) = outcome { throw error }
    }

    /// A UTF-16 or UTF-32 document (byte order mark or NUL bytes at the start).
    private static func encodingError(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentError? {
        guard bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || bytes[0] == 0 || bytes[1] == 0 else {
            return nil
        }
        return DocumentError("XML must be UTF-8 (or an ASCII-compatible encoding); UTF-16 and UTF-32 documents are not accepted")
    }

    /// Scans the prolog in `bytes` (the start of a document; `isComplete` when it is all of it).
    /// Does not check UTF-8 validity.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> Outcome {
        var index = 0
        if bytes.count < 2 && !isComplete { return .needsMoreBytes }
        if let error = encodingError(bytes) { return .rejected(error) }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        func starts(with text: String, at position: Int) -> Bool {
            let utf8 = Array(text.utf8)
            guard position + utf8.count <= bytes.count else { return false }
            return utf8.indices.allSatisfy { bytes[position + $0] == utf8[$0] }
        }
        func skip(past terminator: String) -> Bool {
            let utf8 = Array(terminator.utf8)
            while index + utf8.count <= bytes.count {
                if starts(with: terminator, at: index) { index += utf8.count; return true }
                index += 1
            }
            return false
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
            case UInt8(ascii: "<"):
                // "<!--" needs four bytes to tell a comment from a declaration.
                if !isComplete && index + 4 > bytes.count { return .needsMoreBytes }
                if starts(with: "<?", at: index) {
                    guard skip(past: "?>") else { return isComplete ? .rejected(DocumentError("XML ends inside a processing instruction (truncated?)")) : .needsMoreBytes }
                } else if starts(with: "<!--", at: index) {
                    guard skip(past: "-->") else { return isComplete ? .rejected(DocumentError("XML ends inside a comment (truncated?)")) : .needsMoreBytes }
                } else if starts(with: "<!", at: index) {
                    return .rejected(DocumentError("XML with a DOCTYPE or ENTITY declaration is not accepted (external entities and entity expansion are refused)"))
                } else {
                    return .accepted
                }
            default:
                return .rejected(DocumentError("content before the XML root element: not an XML document"))
            }
        }
        return isComplete ? .rejected(DocumentError("document is empty, expected XML")) : .needsMoreBytes
    }
}
