/// Canonical text of IPv4 and IPv6 addresses (RFC 5952 for IPv6).
enum IPAddressNormalizer {
    /// The canonical form, or `nil` when `text` is not an address. A `/prefix` and `%zone` are dropped.
    static func canonical(_ text: String) -> String? {
        var address = Substring(text.lowercased())
        if let slash = address.firstIndex(of: "/") { address = address[..<slash] }
        if let percent = address.firstIndex(of: "%") { address = address[..<percent] }
        if address.hasPrefix("["), address.hasSuffix("]") { address = address.dropFirst().dropLast() }
        if let octets = ipv4(address) { return octets.map(String.init).joined(separator: ".") }
        guard let groups = ipv6(address) else { return nil }
        if groups[0 ..< 5].allSatisfy({ $0 == 0 }), groups[5] == 0xFFFF {
            return [groups[6] >> 8, groups[6] & 0xFF, groups[7] >> 8, groups[7] & 0xFF].map(String.init).joined(separator: ".")
        }
        return format(groups)
    }

    static func ipv4(_ text: Substring) -> [UInt16]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt16] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), let value = UInt16(part), value <= 255 else { return nil }
            octets.append(value)
        }
        return octets
    }

    static func ipv6(_ text: Substring) -> [UInt16]? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        guard let head = groups(Substring(halves[0])) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(Substring(halves[1])), head.count + tail.count <= 7 else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }

    /// Colon-separated groups, the last of which may be an embedded IPv4 address.
    private static func groups(_ text: Substring) -> [UInt16]? {
        guard !text.isEmpty else { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var result: [UInt16] = []
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1, part.contains("."), let octets = ipv4(part) {
                result += [octets[0] << 8 | octets[1], octets[2] << 8 | octets[3]]
                continue
            }
            guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit), let value = UInt16(part, radix: 16) else { return nil }
            result.append(value)
        }
        return result
    }

    /// RFC 5952: lower-case hex without leading zeros; the longest run of two or more zero groups
    /// (the first on a tie) becomes `::`.
    private static func format(_ groups: [UInt16]) -> String {
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < groups.count {
            guard groups[index] == 0 else { index += 1; continue }
            var end = index
            while end < groups.count, groups[end] == 0 { end += 1 }
            if end - index > bestLength { bestStart = index; bestLength = end - index }
            index = end
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestLength >= 2 else { return hex.joined(separator: ":") }
        let head = hex[0 ..< bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }
}
