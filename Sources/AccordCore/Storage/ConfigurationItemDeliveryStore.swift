/// Saves one delivery's configuration item source records as a unit: reads the stored records
/// of the delivery's source keys at once, lets ``ConfigurationItemDeliveryPlan`` decide, and
/// writes only what changed.
///
/// The SQLite implementation does it in one write transaction (one commit per page or webhook
/// delivery instead of a read and a write transaction per record);
/// ``PortsConfigurationItemDeliveryStore`` goes through ``ConfigurationItemStore`` one record at a
/// time, for backends without transactions.
public protocol ConfigurationItemDeliveryStore: Sendable {
    /// Applies `items` in order: a record older than the stored one (or than an earlier record of
    /// the same delivery) is ignored, a record equal to the stored one is not written, any other is
    /// inserted or replaces the stored one (keeping its id). Marks `processed` with the writes.
    ///
    /// Throws ``StoreError/conflict(_:)`` when a new record's id is stored for another supplier or
    /// source key; nothing is written then.
    func apply(_ items: [ConfigurationItem], processed: ProcessedInboxEntry?) async throws -> ConfigurationItemDeliveryResult
}

/// What applying a delivery's configuration item records did.
public struct ConfigurationItemDeliveryResult: Sendable, Equatable {
    /// The records as they now stand (with their stored ids), in delivery order, written or
    /// unchanged; ignored older snapshots are left out. The federated CMDB takes these in.
    public var current: [ConfigurationItem]
    /// Records inserted or replaced (one per supplier and source key).
    public var written: Int
    /// Records equal to what was stored: not written.
    public var unchanged: Int
    /// Records older than what was stored: ignored.
    public var ignored: Int
    /// Whether the inbox entry was marked processed with the writes.
    public var markedProcessed: Bool

    public init(current: [ConfigurationItem] = [], written: Int = 0, unchanged: Int = 0, ignored: Int = 0, markedProcessed: Bool = false) {
        self.current = current
        self.written = written
        self.unchanged = unchanged
        self.ignored = ignored
        self.markedProcessed = markedProcessed
    }
}
