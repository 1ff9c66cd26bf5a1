extension String {
    /// The UTF-8 length when the text is all ASCII, `-1` otherwise.
    ///
    /// Key and element-name lookups compare this first: two ASCII strings of different lengths are
    /// never equal, while anything non-ASCII still goes through full `String` equality (which also
    /// matches canonically equivalent spellings, as `Dictionary` lookups do).
    var asciiLength: Int {
        // Native and small strings have contiguous UTF-8: one tight loop over the bytes.
        if let length = utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            return high < 0x80 ? bytes.count : -1
        }) {
            return length
        }
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
