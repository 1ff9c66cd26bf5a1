import Foundation

/// Which hosts a TMF621 listener callback may name.
///
/// Any token holder can register a listener, and the hub then POSTs to its callback: without a
/// check, a supplier could point the hub at a cloud metadata service (169.254.169.254 and friends)
/// and have it send requests there. Link-local addresses and the well-known metadata names are
/// refused unless `hub.yaml` `api.allowLinkLocalCallbacks` is true. IPv4 literals are read the
/// way `inet_aton` (and so the resolver) reads them, so `http://2852039166/` or `http://0xa9fea9fe/`
/// are caught too.
enum CallbackAddressPolicy {
    /// Whether the hub must not contact `host`: its spelling is link-local or a metadata service,
    /// or any address it resolves to is (a public name pointing at 169.254.169.254). Names are
    /// resolved again before every delivery, as an answer can change after registration; libcurl
    /// resolves once more when it connects, so a name whose answer flips within that instant is
    /// the remaining gap (docs/CONFIGURATION.md). `refusesUnknown` decides a name the resolver
    /// gave no answer for: deliveries refuse it (an answer that arrives late must not reach
    /// libcurl unchecked), registrations accept it (every delivery checks again).
    static func refuses(_ host: String, resolver: any HostResolver, refusesUnknown: Bool) async -> Bool {
        if isLinkLocalOrMetadata(host) { return true }
        if isAddressLiteral(host) { return false }
        guard let addresses = await resolver.addresses(of: host) else { return refusesUnknown }
        return addresses.contains(where: isLinkLocalOrMetadata)
    }

    /// Whether `host` is an IPv4 or IPv6 literal (then there is nothing to resolve).
    static func isAddressLiteral(_ host: String) -> Bool {
        var name = host
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if let zone = name.firstIndex(of: "%") { name = String(name[..<zone]) }
        return ipv4(name) != nil || ipv6(name) != nil
    }

    /// Host names that resolve to metadata services on common clouds.
    static let metadataNames: Set<String> = ["metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal"]

    /// Whether `host` (a URL's host, IPv6 with or without brackets) is link-local or a metadata service.
    static func isLinkLocalOrMetadata(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if let zone = name.firstIndex(of: "%") { name = String(name[..<zone]) }
        if metadataNames.contains(name) { return true }
        if let address = ipv4(name) { return isBlocked(ipv4: address) }
        if let bytes = ipv6(name) {
            if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0x80 { return true }  // fe80::/10
            // fd00:ec2::254, the EC2 metadata service over IPv6.
            if bytes == [0xFD, 0x00, 0x0E, 0xC2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54] { return true }
            // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) forms.
            if bytes[0..<10].allSatisfy({ $0 == 0 }), (bytes[10] == 0xFF && bytes[11] == 0xFF) || (bytes[10] == 0 && bytes[11] == 0) {
                let embedded = bytes[12..<16].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                return isBlocked(ipv4: embedded)
            }
        }
        return false
    }

    /// 169.254.0.0/16, and 100.100.100.200 (Alibaba Cloud's metadata service).
    private static func isBlocked(ipv4 address: UInt32) -> Bool {
        address >> 16 == 0xA9FE || address == 0x6464_64C8
    }

    /// The address `inet_aton` would make of `text` (dotted, decimal, octal or hex parts), host order.
    private static func ipv4(_ text: String) -> UInt32? {
        var address = in_addr()
        guard inet_aton(text, &address) != 0 else { return nil }
        return UInt32(bigEndian: address.s_addr)
    }

    private static func ipv6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard text.contains(":"), inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }
}
