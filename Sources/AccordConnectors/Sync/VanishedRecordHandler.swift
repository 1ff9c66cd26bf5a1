import AccordCore
import Foundation

/// What happens to the hub's copy of records that vanished at the source, per
/// ``MissingRecordPolicy``: the engine decides *which* records; this decides *how*.
public struct VanishedRecordHandler: Sendable {
    public var retire: @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Void
    public var delete: @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Void

    public init(
        retire: @escaping @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Void,
        delete: @escaping @Sendable ([SyncedRecord], SupplierID, Date) async throws -> Void
    ) {
        self.retire = retire
        self.delete = delete
    }

    /// Counts and reports only.
    public static let none = VanishedRecordHandler(retire: { _, _, _ in }, delete: { _, _, _ in })

    /// Configuration item source records get `status: retired` (or `deletedAtSource`), observed
    /// now; tickets are left as they are (their history is evidence) and only reported.
    public static func configurationItems(_ store: any ConfigurationItemStore) -> VanishedRecordHandler {
        @Sendable func mark(_ records: [SyncedRecord], _ supplier: SupplierID, _ now: Date, _ status: String) async throws {
            for record in records where record.recordType == "configurationItem" {
                guard var item = try await store.item(supplier: supplier, sourceKey: record.externalID) else { continue }
                item.attributes["status"] = status
                item.observedAt = max(item.observedAt, now)
                try await store.save(item)
            }
        }
        return VanishedRecordHandler(
            retire: { try await mark($0, $1, $2, "retired") },
            delete: { try await mark($0, $1, $2, "deletedAtSource") }
        )
    }
}
