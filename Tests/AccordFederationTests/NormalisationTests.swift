import AccordCore
import AccordFederation
import Testing

@Suite("Identifier normalisation")
struct NormalisationTests {
    @Test("serial numbers ignore case, spaces and dashes", arguments: ["sn 12-34ab", "SN1234AB", " Sn-12 34-ab "])
    func serial(value: String) {
        #expect(IdentifierNormalizer.normalize(value, kind: .serialNumber) == "SN1234AB")
    }

    @Test("host names and FQDNs ignore case and trailing dots", arguments: ["Web01.Corp.Example.", "web01.corp.example", "WEB01.CORP.EXAMPLE.."])
    func hostNames(value: String) {
        #expect(IdentifierNormalizer.normalize(value, kind: .fqdn) == "web01.corp.example")
        #expect(IdentifierNormalizer.normalize(value, kind: .hostname) == "web01.corp.example")
    }

    @Test("MAC addresses in colon, dash, Cisco dot and bare forms are one", arguments: ["00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e", "001A2B3C4D5E"])
    func mac(value: String) {
        #expect(IdentifierNormalizer.normalize(value, kind: .macAddress) == "00:1a:2b:3c:4d:5e")
    }

    @Test("IP addresses take their canonical form", arguments: [
        ("10.0.0.1", "10.0.0.1"), ("010.000.000.001", "10.0.0.1"), ("10.0.0.1/24", "10.0.0.1"),
        ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"), ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("2001:db8::0:1", "2001:db8::1"), ("::1", "::1"), ("fe80::1%eth0", "fe80::1"), ("::ffff:192.0.2.1", "192.0.2.1"),
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"), ("[2001:db8::1]", "2001:db8::1"),
    ])
    func ip(pair: (String, String)) {
        #expect(IdentifierNormalizer.normalize(pair.0, kind: .ipAddress) == pair.1)
    }

    @Test("empty values are dropped and exact repeats collapse")
    func empties() {
        #expect(IdentifierNormalizer.normalize("  ", kind: .serialNumber) == nil)
        #expect(IdentifierNormalizer.normalize(" - ", kind: .serialNumber) == nil)
        let identifiers = IdentifierNormalizer.normalize([
            Identifier(kind: .serialNumber, value: "ab-1"), Identifier(kind: .serialNumber, value: "AB1"), Identifier(kind: .fqdn, value: ""),
        ])
        #expect(identifiers == [Identifier(kind: .serialNumber, value: "AB1")])
    }

    @Test("other kinds are trimmed, lower-cased and have whitespace collapsed")
    func otherKinds() {
        #expect(IdentifierNormalizer.normalize("  Payroll   App ", kind: .name) == "payroll app")
    }
}
