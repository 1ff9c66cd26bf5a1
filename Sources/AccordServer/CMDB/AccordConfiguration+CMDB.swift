import AccordConfig
import AccordCore
import AccordFederation

extension AccordConfiguration {
    /// The federated CMDB over `store` with this configuration's rules and supplier tiers.
    public func federatedCMDB(store: any CMDBStore) -> FederatedCMDB {
        FederatedCMDB(store: store, rules: cmdb, tiers: Dictionary(suppliers.map { ($0.supplier.id, $0.supplier.tier) }, uniquingKeysWith: { first, _ in first }))
    }
}
