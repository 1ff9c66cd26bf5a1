import CLibXML2
import Foundation

// The only file in AccordMapping that touches libxml2 or unsafe pointers for XML. Everything
// outside it sees ``XMLStartTag`` and ``XMLCharacterData``: non-copyable views that are handed
// out as `borrowing` parameters, so the compiler stops a callee from keeping one past the
// callback in which libxml2's pointers are valid.

/// An element's start tag, valid only during the ``XMLRecordTree/start(_:)`` call it is passed to.
struct XMLStartTag: ~Copyable {
    fileprivate let localNamePointer: UnsafePointer<xmlChar>
    fileprivate let uriPointer: UnsafePointer<xmlChar>?
    /// libxml2's attribute array: five pointers per attribute (local name, prefix, URI, value
    /// start, value end), `attributeCount * 5` entries.
    fileprivate let attributePointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let attributeCount: Int
    fileprivate let names: UnsafeMutablePointer<XMLNameCache>

    /// The element's local name (no prefix).
    var localName: XMLName {
        let index = localNameIndex
        return names.pointee.names[index]
    }

    /// The index of the local name in the document's name table (``name(at:)``).
    var localNameIndex: Int { names.pointee.index(localNamePointer) }

    /// The namespace URI, empty when the element is in no namespace (as `XMLParser` reported it).
    var namespaceURI: String {
        let index = namespaceURIIndex
        return names.pointee.names[index].string
    }

    /// The index of the namespace URI in the document's name table (that of the empty string when
    /// there is none).
    var namespaceURIIndex: Int { uriPointer.map { names.pointee.index($0) } ?? 0 }

    /// The name at `index` of the document's name table.
    func name(at index: Int) -> XMLName { names.pointee.names[index] }

    /// Hands `body` each attribute's name as written in the document (`prefix:local` or `local`)
    /// and its value, in document order; namespace declarations are not attributes (as
    /// `XMLParser` with `shouldProcessNamespaces`).
    func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) {
        guard attributeCount > 0, let pointers = attributePointers else { return }
        for index in 0 ..< attributeCount {
            let base = index * 5
            guard let local = pointers[base] else { continue }
            var name = names.pointee.name(local).string
            if let prefix = pointers[base + 1], prefix.pointee != 0 {
                name = names.pointee.name(prefix).string + ":" + name
            }
            // libxml2 gives the value as [start, end): not NUL-terminated inside the buffer.
            var value = ""
            if let start = pointers[base + 3], let end = pointers[base + 4], end > start {
                let bytes = UnsafeBufferPointer(start: start, count: end - start)
                value = String(decoding: bytes, as: UTF8.self)
                // Without entity substitution (no XML_PARSE_NOENT) libxml2 keeps `&amp;` and
                // `&#38;` in attribute values as the reference `&#38;`, and any other `&` would
                // be a refused or undefined entity; so every `&` here starts `&#38;`.
                if bytes.contains(UInt8(ascii: "&")) { value = value.replacingOccurrences(of: "&#38;", with: "&") }
            }
            body(name, value)
        }
    }
}

/// A run of character data (text or a CDATA section), valid only during the callback.
struct XMLCharacterData: ~Copyable {
    fileprivate let bytes: UnsafeBufferPointer<UInt8>

    /// Appends the bytes (UTF-8) to `buffer`.
    func append(to buffer: inout [UInt8]) { buffer.append(contentsOf: bytes) }
}

/// A name with its ``String/asciiLength`` and ``PathNameRegistry`` number, found once per distinct name.
struct XMLName {
    var string: String
    var asciiLength: Int
    var pathNameNumber: Int
}

/// Element and attribute names and namespace URIs of one document, each distinct one stored once
/// and known by its index in ``names``.
///
/// libxml2 interns names and namespace URIs in its parser dictionary, so one distinct name is one
/// pointer for the whole parse: a pointer seen before is found in a small table without reading
/// its bytes. Only pointers the dictionary owns are kept as keys (``XMLNameCache/index(_:)``
/// checks), so a pointer is never reused for other text while it is a key.
struct XMLNameCache {
    fileprivate var dictionary: OpaquePointer?
    /// Every distinct name so far; index 0 is the empty string (no namespace).
    private(set) var names = [XMLName(string: "", asciiLength: 0, pathNameNumber: PathNameRegistry.unused)]
    private var indices: [String: Int] = ["": 0]
    /// A direct-mapped table by pointer bits: a name that collides replaces the older one.
    private var keys = [UInt](repeating: 0, count: 256)
    private var slots = [Int](repeating: 0, count: 256)

    fileprivate mutating func name(_ pointer: UnsafePointer<xmlChar>) -> XMLName {
        let index = index(pointer)
        return names[index]
    }

    fileprivate mutating func index(_ pointer: UnsafePointer<xmlChar>) -> Int {
        let key = UInt(bitPattern: pointer)
        // Fibonacci hashing: the top bits of the product depend on every bit of the pointer. libxml2
        // packs short names a few bytes apart, so a slot from a few low bits made neighbours collide.
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
        if keys[slot] == key { return slots[slot] }
        // xmlChar is UTF-8; the document was checked to be valid UTF-8 before libxml2 saw it.
        let length = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        let bytes = UnsafeBufferPointer(start: pointer, count: length)
        let string = String(decoding: bytes, as: UTF8.self)
        let index: Int
        if let known = indices[string] {
            index = known
        } else {
            index = names.count
            names.append(XMLName(
                string: string, asciiLength: bytes.allSatisfy { $0 < 0x80 } ? length : -1, pathNameNumber: PathNameRegistry.number(of: string)
            ))
            indices[string] = index
        }
        if let dictionary, xmlDictOwns(dictionary, pointer) == 1 {
            keys[slot] = key
            slots[slot] = index
        }
        return index
    }
}

/// Drives libxml2's SAX2 push parser over a document's bytes, feeding its callbacks to an
/// ``XMLRecordTree`` and each finished record to `onRecord`. One instance serves one parse.
///
/// Options: no network, no entity substitution, no DTD loading or validation; a DOCTYPE or
/// ENTITY declaration that got past ``XMLPrologCheck`` stops the parse with an error.
final class LibXML2PushParser {
    /// Chunks handed to `xmlParseChunk`; libxml2 keeps at most about one chunk buffered.
    static let chunkSize = 64 * 1024

    /// What the SAX callbacks share. Reached through `userData`, a pointer to one allocation
    /// that lives as long as this parser, so callbacks mutate it without exclusivity checks.
    fileprivate struct Context {
        var tree: XMLRecordTree
        let onRecord: (Int, XMLElementNode) -> Void
        var failure: DocumentError?
        /// The first fatal error libxml2 reported, else its first error; it counts only when
        /// `xmlParseChunk` fails (a namespace error alone does not, as with `XMLParser`).
        var syntaxError: DocumentError?
        var syntaxErrorIsFatal = false
        /// `xmlParseChunk` returned an error status.
        var parseFailed = false
        var parser: xmlParserCtxtPtr?
        let names: UnsafeMutablePointer<XMLNameCache>

        /// Ends the parse with `message` (the first failure wins).
        mutating func stop(_ message: String) {
            if failure == nil { failure = DocumentError(message) }
            if let parser { xmlStopParser(parser) }
        }
    }

    private static let initialized: Void = xmlInitParser()

    private let context: UnsafeMutablePointer<Context>
    private let names: UnsafeMutablePointer<XMLNameCache>
    /// The first bytes, held until there are four: libxml2 detects a byte order mark from them.
    private var pending: [UInt8] = []

    init(tree: XMLRecordTree, onRecord: @escaping (Int, XMLElementNode) -> Void) {
        Self.initialized
        names = .allocate(capacity: 1)
        names.initialize(to: XMLNameCache())
        context = .allocate(capacity: 1)
        context.initialize(to: Context(tree: tree, onRecord: onRecord, names: names))
    }

    deinit {
        if let parser = context.pointee.parser { xmlFreeParserCtxt(parser) }
        context.deinitialize(count: 1)
        context.deallocate()
        names.deinitialize(count: 1)
        names.deallocate()
    }

    /// The reader state after the parse (whether it ended inside a record).
    var tree: XMLRecordTree { context.pointee.tree }

    /// Parses all of `data`; returns the first error (a limit, a refused declaration, a syntax error).
    func parse(_ data: Data) -> DocumentError? {
        var failed = false
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            while offset < bytes.count, !failed {
                let end = min(offset + Self.chunkSize, bytes.count)
                failed = !push(UnsafeBufferPointer(rebasing: bytes[offset ..< end]), last: false)
                offset = end
            }
        }
        if !failed { _ = push(UnsafeBufferPointer(start: nil, count: 0), last: true) }
        return error
    }

    /// Parses what `stream` yields (opened and closed here) in chunks; returns the first error.
    /// A read error ends the parse with `readFailure`'s message when there is one.
    func parse(stream: InputStream, readFailure: () -> DocumentError?) -> DocumentError? {
        stream.open()
        defer { stream.close() }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        while true {
            let count = stream.read(buffer, maxLength: Self.chunkSize)
            if count < 0 {
                return readFailure() ?? error ?? DocumentError("reading the document failed: \(stream.streamError.map { "\($0)" } ?? "unknown error")")
            }
            guard push(UnsafeBufferPointer(start: buffer, count: count), last: count == 0) else { break }
            if count == 0 { break }
        }
        return readFailure() ?? error
    }

    private var error: DocumentError? {
        context.pointee.failure ?? (context.pointee.parseFailed ? context.pointee.syntaxError : nil)
    }

    /// Hands `bytes` to libxml2; `false` once the parse has failed.
    private func push(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool) -> Bool {
        guard context.pointee.parser != nil else { return start(bytes, last: last) }
        guard let parser = context.pointee.parser else { return false }
        // Chunks are at most `chunkSize` (64 KiB), so the Int32 size cannot overflow.
        let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        let status = xmlParseChunk(parser, base, Int32(bytes.count), last ? 1 : 0)
        if status != 0 {
            context.pointee.parseFailed = true
            if context.pointee.syntaxError == nil { recordStatus(status, parser) }
        }
        return status == 0 && context.pointee.failure == nil
    }

    /// Creates the push parser once four bytes are known (or the document is shorter).
    private func start(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool) -> Bool {
        pending.append(contentsOf: bytes)
        guard pending.count >= 4 || last else { return true }
        var handler = Self.handler()
        let head = min(4, pending.count)
        let parser = pending.withUnsafeBytes { raw in
            xmlCreatePushParserCtxt(&handler, UnsafeMutableRawPointer(context), raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(head), nil)
        }
        guard let parser else {
            context.pointee.failure = DocumentError("the XML parser could not be created (out of memory?)")
            return false
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        xmlCtxtUseOptions(parser, options)
        context.pointee.parser = parser
        names.pointee.dictionary = parser.pointee.dict
        let rest = Array(pending[head...])
        pending = []
        return rest.withUnsafeBufferPointer { push($0, last: last) }
    }

    /// A failure status without an error reported through `serror` (libxml2 reports the errors
    /// it stops on there first; this covers anything else).
    private func recordStatus(_ status: Int32, _ parser: xmlParserCtxtPtr) {
        let position = UnsafeMutableRawPointer(parser)
        context.pointee.syntaxError = DocumentError(
            "XML is not well-formed at line \(xmlSAX2GetLineNumber(position)), column \(xmlSAX2GetColumnNumber(position)): libxml2 error \(status)"
        )
    }

    // MARK: - SAX2 callbacks

    private static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: use the namespace-aware callbacks
        handler.startElementNs = { user, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let user, let localName else { return }
            let context = user.assumingMemoryBound(to: Context.self)
            guard context.pointee.failure == nil else { return }
            let tag = XMLStartTag(
                localNamePointer: localName, uriPointer: uri, attributePointers: attributes,
                attributeCount: Int(attributeCount), names: context.pointee.names
            )
            if let exceeded = context.pointee.tree.start(tag) { context.pointee.stop(exceeded) }
        }
        handler.endElementNs = { user, _, _, _ in
            guard let user else { return }
            let context = user.assumingMemoryBound(to: Context.self)
            guard context.pointee.failure == nil else { return }
            if let finished = context.pointee.tree.end(names: context.pointee.names.pointee.names) {
                context.pointee.onRecord(finished.location, finished.record)
            }
        }
        let characters: charactersSAXFunc = { user, bytes, length in
            guard let user, let bytes, length > 0 else { return }
            let context = user.assumingMemoryBound(to: Context.self)
            guard context.pointee.failure == nil, context.pointee.tree.isInsideRecord else { return }
            context.pointee.tree.characters(XMLCharacterData(bytes: UnsafeBufferPointer(start: bytes, count: Int(length))))
        }
        handler.characters = characters
        // libxml2 only calls this for whitespace a DTD declares ignorable; route it as text anyway.
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.internalSubset = { user, _, _, _ in
            user?.assumingMemoryBound(to: Context.self).pointee
                .stop("XML with a DOCTYPE or ENTITY declaration is not accepted (external entities and entity expansion are refused)")
        }
        handler.entityDecl = { user, _, _, _, _, _ in
            user?.assumingMemoryBound(to: Context.self).pointee.stop("XML with an ENTITY declaration is not accepted")
        }
        handler.serror = { user, error in
            guard let user, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let context = user.assumingMemoryBound(to: Context.self)
            let fatal = error.pointee.level.rawValue >= XML_ERR_FATAL.rawValue
            guard context.pointee.syntaxError == nil || (fatal && !context.pointee.syntaxErrorIsFatal) else { return }
            context.pointee.syntaxErrorIsFatal = fatal
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error \(error.pointee.code)"
            context.pointee.syntaxError = DocumentError(
                "XML is not well-formed at line \(error.pointee.line), column \(error.pointee.int2): \(message)"
            )
        }
        return handler
    }
}
