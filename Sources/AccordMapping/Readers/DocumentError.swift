/// Why a whole document could not be read (not JSON, DOCTYPE present, a limit exceeded, …).
struct DocumentError: Error, Sendable {
    var message: String

    init(_ message: String) { self.message = message }

    /// `line L, column C` of a byte offset, for messages about text documents.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == 10 { line += 1; column = 1 } else if bytes[index] & 0xC0 != 0x80 { column += 1 }
        }
        return "line \(line), column \(column)"
    }
}
