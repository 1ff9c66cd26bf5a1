import AccordCore
import Foundation

/// What happens to the hub's copy of records that vanished at the source, per
/// ``MissingRecordPolicy``: the engine decides *which* records; this decides *how*.
public struct VanishedRecordHandler: Sendable {
    /// Marks records retired.
    public var retire: @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Void
    /// Deletes the hub's copies; returns how many were really deleted (the run counts them).
    public var delete: @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Int

    public init(
        retire: @escaping @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Void,
        delete: @escaping @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Int
    ) {
        self.retire = retire
        self.delete = delete
    }

    /// Counts and reports only.
    public static let none = VanishedRecordHandler(retire: { _, _, _ in }, delete: { _, _, _ in 0 })

    /// Configuration item source records: retired ones get `status: retired` (observed now) and
    /// go to `federate`; deleted ones are removed from the CI store and then from the federated
    /// CMDB through `unfederate`, which recomputes the golden records they contributed to.
    /// Tickets are left as they are (their history is evidence) and only reported.
    public static func configurationItems(
        _ store: any ConfigurationItemStore,
        federate: @escaping @Sendable ([ConfigurationItem]) async throws -> Void = { _ in },
        unfederate: @escaping @Sendable ([SourceRecordRef]) async throws -> Void = { _ in }
    ) -> VanishedRecordHandler {
        VanishedRecordHandler(
            retire: { records, supplier, now in
                var retired: [ConfigurationItem] = []
                for record in records where record.recordType == "configurationItem" {
                    guard var item = try await store.item(supplier: supplier, sourceKey: record.externalID) else { continue }
                    item.attributes["status"] = "retired"
                    item.observedAt = max(item.observedAt, now)
                    retired.append(try await store.save(item))
                }
                if !retired.isEmpty { try await federate(retired) }
            },
            delete: { records, supplier, _ in
                var removed: [SourceRecordRef] = []
                for record in records where record.recordType == "configurationItem" {
                    if let item = try await store.delete(supplier: supplier, sourceKey: record.externalID) { removed.append(item.ref) }
                }
                if !removed.isEmpty { try await unfederate(removed) }
                return removed.count
            }
        )
    }
}
