/// Shortcuts for the common case of the text transforms, where the text is plain ASCII and the
/// transform would return it unchanged; anything else takes Foundation's path, so results are
/// the same byte for byte.
enum TextFastPath {
    /// Whether `byte` is printable ASCII other than space: never white space or a newline.
    @inline(__always)
    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Whether trimming white space and newlines would leave `text` unchanged (`false` when unsure).
    static func hasNoOuterWhitespace(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        return isPrintableASCII(first) && isPrintableASCII(last)
    }

    /// Whether `text` is a decimal integer that ``CanonicalNumber`` prints unchanged: ASCII digits,
    /// no sign, no leading zero, few enough digits for `Decimal` to hold exactly.
    static func isCanonicalInteger(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 18, first != UInt8(ascii: "0") || utf8.count == 1 else { return false }
        return everyByte(of: text) { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Whether `lowercased()` would leave `text` unchanged (`false` when unsure).
    static func isLowercaseASCII(_ text: String) -> Bool {
        everyByte(of: text) { $0 < 0x80 && !($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }
    }

    /// Whether every UTF-8 byte of `text` passes `test`; a tight loop over contiguous bytes (native
    /// and small strings), where iterating the `utf8` view costs several times as much.
    @inline(__always)
    private static func everyByte(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(test) } ?? text.utf8.allSatisfy(test)
    }
}
