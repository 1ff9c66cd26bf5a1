import AccordCore
import AccordFederation
import AccordTestSupport
import Foundation

/// Builders for source records and a federated CMDB over memory stores.
enum CMDBFixture {
    static let day: TimeInterval = 86_400
    /// 2026-03-01T00:00:00Z.
    static let base = Date(timeIntervalSince1970: 1_772_323_200)
    static let now = base.addingTimeInterval(10 * day)

    static let hosting = SupplierID("stratus-hosting")!
    static let network = SupplierID("netnova")!
    static let desk = SupplierID("frontline-desk")!
    static let vendor = SupplierID("m365")!
    static let apps = SupplierID("appworks")!

    static let tiers: [SupplierID: Tier] = [hosting: .interface, network: .integrate, desk: .use, vendor: .exclude, apps: .interface]

    static func item(
        _ supplier: SupplierID, _ key: String, class ciClass: String = "server", name: String = "",
        _ identifiers: [(IdentifierKind, String)] = [], attributes: [String: String] = [:], at offset: TimeInterval = 0, channel: Channel = .poll
    ) -> ConfigurationItem {
        ConfigurationItem(
            id: CIID("CI-\(supplier)-\(key)"), supplier: supplier, sourceKey: key, ciClass: ciClass, name: name,
            identifiers: identifiers.map { Identifier(kind: $0.0, value: $0.1) }, attributes: attributes,
            observedAt: base.addingTimeInterval(offset), channel: channel
        )
    }

    static func cmdb(rules: CMDBRules = .defaults, store: any CMDBStore = MemoryCMDBStore()) -> FederatedCMDB {
        FederatedCMDB(store: store, rules: rules, tiers: tiers)
    }

    /// Every golden record, by id.
    static func goldens(_ cmdb: FederatedCMDB) async throws -> [GoldenRecord] {
        try await cmdb.search(CIQuery(limit: 1_000_000), now: now)
    }

    static func clusterID(_ cmdb: FederatedCMDB, _ supplier: SupplierID, _ key: String) async throws -> CIID? {
        try await cmdb.store.clusterID(of: SourceRecordRef(supplier: supplier, sourceKey: key))
    }

    /// Server rules with one change applied.
    static func rules(_ change: (inout ClassRule) -> Void) -> CMDBRules {
        var rules = CMDBRules.defaults
        var server = rules.rule(for: "server")
        change(&server)
        rules.classes["server"] = server
        return rules
    }
}
