import Foundation

/// An input stream that hands another stream's bytes to the XML parser (``LibXML2PushParser``) only once they are
/// known to be safe: the prolog is scanned for DOCTYPE/ENTITY declarations before the parser sees
/// any byte, every byte is checked to be UTF-8 (the parser would replace bad bytes silently),
/// and the document may not exceed `maxBytes`. A failed check ends the stream with an error,
/// kept in ``failure``. One instance serves one parse.
final class CheckedXMLInputStream: InputStream {
    /// The largest prolog (declaration, comments, processing instructions) accepted.
    static let maxPrologBytes = 1 << 20

    private let source: InputStream
    private let maxBytes: Int
    private var prolog: [UInt8] = []
    private var prologServed = 0
    private var prologChecked = false
    /// The last bytes of the previous chunk when they are the start of an unfinished UTF-8 sequence.
    private var carry: [UInt8] = []
    private var scratch: [UInt8] = []
    private var offset = 0
    private var ended = false
    private(set) var failure: DocumentError?

    init(source: InputStream, maxBytes: Int) {
        self.source = source
        self.maxBytes = maxBytes
        super.init(data: Data())
    }

    override func open() { source.open() }
    override func close() { source.close() }
    override var hasBytesAvailable: Bool { failure == nil && !ended }
    override var streamStatus: Stream.Status { failure != nil ? .error : ended ? .atEnd : source.streamStatus == .notOpen ? .notOpen : .open }
    override var streamError: (any Error)? { failure ?? source.streamError }
    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>) -> Bool { false }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        guard failure == nil else { return -1 }
        if !prologChecked {
            guard checkProlog(chunk: max(len, 4096)) else { return -1 }
        }
        if prologServed < prolog.count {
            let count = min(len, prolog.count - prologServed)
            prolog.withUnsafeBufferPointer { bytes in
                if let base = bytes.baseAddress { buffer.update(from: base + prologServed, count: count) }
            }
            prologServed += count
            if prologServed == prolog.count { prolog = [] }
            return count
        }
        let count = source.read(buffer, maxLength: len)
        if count < 0 {
            fail(DocumentError("reading the document failed: \(source.streamError.map { "\($0)" } ?? "unknown error")"))
            return -1
        }
        guard validate(UnsafeBufferPointer(start: buffer, count: count), atEnd: count == 0) else { return -1 }
        if count == 0 { ended = true }
        return count
    }

    /// Reads until the prolog can be judged; keeps the bytes read for the parser.
    private func checkProlog(chunk: Int) -> Bool {
        var block = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = block.withUnsafeMutableBufferPointer { bytes in
                bytes.baseAddress.map { source.read($0, maxLength: chunk) } ?? -1
            }
            if count < 0 { return fail(DocumentError("reading the document failed: \(source.streamError.map { "\($0)" } ?? "unknown error")")) }
            prolog.append(contentsOf: block[0..<count])
            let atEnd = count == 0
            let outcome = prolog.withUnsafeBufferPointer { XMLPrologCheck.scan($0, isComplete: atEnd) }
            switch outcome {
            case .accepted:
                prologChecked = true
                return prolog.withUnsafeBufferPointer { validate($0, atEnd: false) }
            case .rejected(let error):
                return fail(error)
            case .needsMoreBytes:
                if prolog.count > Self.maxPrologBytes {
                    return fail(DocumentError("XML prolog is longer than \(Self.maxPrologBytes) bytes before the root element (limit)"))
                }
            }
        }
    }

    /// Checks the size limit and UTF-8 validity of the next bytes, across chunk boundaries.
    private func validate(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Bool {
        offset += bytes.count
        if offset > maxBytes { return fail(DocumentError("document is more than the limit of \(maxBytes) bytes")) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: carry)
        scratch.append(contentsOf: bytes)
        let complete = atEnd ? scratch.count : Self.completeLength(scratch)
        let start = offset - bytes.count - carry.count
        let invalid = scratch.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset(UnsafeBufferPointer(rebasing: $0[0..<complete])) }
        if let invalid {
            return fail(DocumentError("XML is not valid UTF-8 at byte \(start + invalid) (only UTF-8 XML is accepted)"))
        }
        carry = Array(scratch[complete...])
        return true
    }

    /// The length of `bytes` without a trailing, unfinished multi-byte sequence.
    private static func completeLength(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        let lowest = max(0, bytes.count - 4)
        while index >= lowest {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return index + length > bytes.count ? index : bytes.count
            }
            index -= 1
        }
        return bytes.count
    }

    /// Records the first failure; always `false`, for `return fail(…)` in checks.
    @discardableResult
    private func fail(_ error: DocumentError) -> Bool {
        if failure == nil { failure = error }
        return false
    }
}
