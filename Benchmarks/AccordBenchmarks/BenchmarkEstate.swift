import AccordCore
import Foundation

/// A generated estate for the CMDB benchmark: five suppliers over `servers` real servers, the
/// same pattern as the test dataset (serials spelled differently, FQDNs with trailing dots,
/// hostname + domain, cloud ids), plus a hosting tree (every server hosted on server i/8).
struct BenchmarkEstate {
    static let hosting = SupplierID("stratus-hosting")!
    static let network = SupplierID("netnova")!
    static let apps = SupplierID("appworks")!
    static let desk = SupplierID("frontline-desk")!
    static let vendor = SupplierID("m365")!
    static let tiers: [SupplierID: Tier] = [hosting: .interface, network: .integrate, apps: .interface, desk: .use, vendor: .exclude]

    let servers: Int
    let base = Date(timeIntervalSince1970: 1_772_323_200)

    /// About 2.18 records per server: all on hosting, 1/2 network, 1/3 apps, 1/5 desk, 1/7 vendor.
    init(records: Int) { servers = max(8, Int(Double(records) / (1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 5 + 1.0 / 7))) }

    func batches(of size: Int) -> some Sequence<[ConfigurationItem]> {
        stride(from: 0, to: servers, by: size / 2).lazy.map { start in
            (start ..< min(start + size / 2, servers)).flatMap(records(of:))
        }
    }

    func records(of i: Int) -> [ConfigurationItem] {
        let host = "web\(i)"
        var items = [item(Self.hosting, "h-\(i)", host, [(.serialNumber, "SRV-\(i)"), (.fqdn, "\(host).corp.example"), (.hostname, host)],
                          ["domain": "corp.example", "os": "RHEL 9"], hour: 1)]
        if i % 2 == 0 { items.append(item(Self.network, "n-\(i)", host.uppercased(), [(.serialNumber, "srv \(i)")], ["os": "Linux"], hour: 2)) }
        if i % 3 == 0 { items.append(item(Self.apps, "a-\(i)", host, [(.fqdn, "WEB\(i).Corp.Example.")], [:], hour: 3)) }
        if i % 5 == 0 { items.append(item(Self.desk, "d-\(i)", host, [(.hostname, host)], ["domain": "corp.example"], hour: 4)) }
        if i % 7 == 0 { items.append(item(Self.vendor, "c-\(i)", host, [(.serialNumber, "SRV \(i)")], [:], hour: 5)) }
        return items
    }

    var relationships: [SourceRelationship] {
        (1 ..< servers).map { i in
            SourceRelationship(supplier: Self.hosting, from: "h-\(i)", to: "h-\(i / 8)", type: .hostedOn, observedAt: base, channel: .poll)
        }
    }

    private func item(_ supplier: SupplierID, _ key: String, _ name: String, _ ids: [(IdentifierKind, String)], _ attributes: [String: String], hour: Double) -> ConfigurationItem {
        ConfigurationItem(id: CIID("CI-\(supplier)-\(key)"), supplier: supplier, sourceKey: key, ciClass: "server", name: name,
                          identifiers: ids.map { Identifier(kind: $0.0, value: $0.1) }, attributes: attributes,
                          observedAt: base.addingTimeInterval(hour * 3600), channel: .poll)
    }
}

/// SplitMix64, so the sampled CIs are the same on every run.
struct BenchmarkRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
