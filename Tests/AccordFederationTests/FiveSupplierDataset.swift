import AccordCore
import Foundation

/// A generated estate seen by five suppliers through different identifiers, with look-alikes.
///
/// - hosting (interface): every real server: serial `SRV-i`, FQDN, hostname + domain, IP; cloud ids for i % 7 == 0.
/// - network (integrate): even servers: serial spelled `srv i`, MAC in dash form, another `os`.
/// - apps (interface): every third server: FQDN in upper case with a trailing dot.
/// - desk (use): every fifth server: hostname + domain only.
/// - vendor (exclude): every seventh server: cloud provider + resource id.
/// - look-alikes: `lookAlikes` hosting records with the same hostname, domain and IP as server i but
///   their own serial; and every tenth server's IP reused by a NAT record of the network supplier.
struct FiveSupplierDataset {
    let servers: Int
    let lookAlikes: Int

    /// The real thing each record describes, read from its source key.
    static func truth(of ref: SourceRecordRef) -> String {
        let parts = ref.sourceKey.split(separator: "-")
        guard parts.count == 2 else { return ref.sourceKey }
        switch parts[0] {
        case "la", "nat": return ref.sourceKey
        default: return "srv-" + parts[1]
        }
    }

    /// Real CIs: servers, look-alikes and NAT records.
    var expectedCIs: Int { servers + lookAlikes + (servers + 9) / 10 }
    /// Desk records that match both a server and its look-alike, and are parked.
    var expectedParked: Int { (0 ..< min(lookAlikes, servers)).filter { $0 % 5 == 0 }.count }

    var records: [ConfigurationItem] {
        var items: [ConfigurationItem] = []
        for i in 0 ..< servers {
            let host = "web\(i)"
            let ip = "10.\(i / 65_536).\(i / 256 % 256).\(i % 256)"
            var ids: [(IdentifierKind, String)] = [(.serialNumber, "SRV-\(i)"), (.fqdn, "\(host).corp.example"), (.hostname, host), (.ipAddress, ip)]
            var attributes = ["domain": "corp.example", "os": "RHEL 9", "location": "LON-\(i % 3)"]
            if i % 7 == 0 {
                ids.append((.cloudResourceId, "i-\(String(i, radix: 16))"))
                attributes["cloudProvider"] = "aws"
            }
            items.append(item(CMDBFixture.hosting, "h-\(i)", host, ids, attributes, day: 1))
            if i % 2 == 0 {
                let mac = String(format: "00-1A-%02X-%02X-%02X-01", i / 65_536 % 256, i / 256 % 256, i % 256)
                items.append(item(CMDBFixture.network, "n-\(i)", host.uppercased(), [(.serialNumber, "srv \(i)"), (.macAddress, mac)], ["os": "Linux"], day: 2))
            }
            if i % 3 == 0 { items.append(item(CMDBFixture.apps, "a-\(i)", host, [(.fqdn, "WEB\(i).Corp.Example.")], [:], day: 3)) }
            if i % 5 == 0 { items.append(item(CMDBFixture.desk, "d-\(i)", host, [(.hostname, host.uppercased())], ["domain": "Corp.Example", "location": "LON-9"], day: 4)) }
            if i % 7 == 0 {
                items.append(item(CMDBFixture.vendor, "c-\(i)", "", [(.cloudResourceId, "i-\(String(i, radix: 16))")], ["cloudProvider": "AWS"], day: 5))
            }
            if i % 10 == 0 { items.append(item(CMDBFixture.network, "nat-\(i)", "nat", [(.ipAddress, ip)], [:], day: 6)) }
            if i < lookAlikes {
                items.append(item(CMDBFixture.hosting, "la-\(i)", host, [(.serialNumber, "LA-\(i)"), (.hostname, host), (.ipAddress, ip)], ["domain": "corp.example"], day: 0))
            }
        }
        return items
    }

    private func item(_ supplier: SupplierID, _ key: String, _ name: String, _ ids: [(IdentifierKind, String)], _ attributes: [String: String], day: Double) -> ConfigurationItem {
        CMDBFixture.item(supplier, key, name: name, ids, attributes: attributes, at: day * 3600)
    }
}
