import AccordConfig
import AccordConnectors
import AccordCore
import AccordFederation

extension VanishedRecordHandler {
    /// The hub's handling of vanished records: CI source records are retired or deleted in the CI
    /// store and the federated CMDB recomputes the golden records they contributed to.
    public static func hub(configuration: AccordConfiguration, stores: AccordStores) -> VanishedRecordHandler {
        let cmdb = configuration.federatedCMDB(store: stores.cmdb)
        return .configurationItems(
            stores.configurationItems,
            federate: { items in _ = try await cmdb.ingest(items) },
            unfederate: { refs in _ = try await cmdb.remove(refs) }
        )
    }
}
