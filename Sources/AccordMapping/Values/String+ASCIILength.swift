extension String {
    /// The UTF-8 length when the text is all ASCII, `-1` otherwise.
    ///
    /// Key and element-name lookups compare this first: two ASCII strings of different lengths are
    /// never equal, while anything non-ASCII still goes through full `String` equality (which also
    /// matches canonically equivalent spellings, as `Dictionary` lookups do).
    var asciiLength: Int {
        var count = 0
        for byte in utf8 {
            if byte >= 0x80 { return -1 }
            count += 1
        }
        return count
    }

    /// Whether `self` may equal a string whose ``asciiLength`` is `otherLength`, judged by lengths
    /// only; `false` means certainly different.
    @inline(__always)
    static func mayBeEqual(asciiLength: Int, _ otherLength: Int) -> Bool {
        asciiLength < 0 || otherLength < 0 || asciiLength == otherLength
    }
}
