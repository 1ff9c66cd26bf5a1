/// What a delivery's configuration item records change, decided from the stored records of their
/// source keys: pure, so every ``ConfigurationItemDeliveryStore`` applies the same rules.
public struct ConfigurationItemDeliveryPlan: Sendable, Equatable {
    /// The records as they will stand, in delivery order, ignored ones left out.
    public private(set) var current: [ConfigurationItem] = []
    /// The last content of each changed record, in the order records first changed.
    public private(set) var writes: [ConfigurationItem] = []
    /// Refs among ``writes`` that were stored before (replaced rather than inserted).
    public private(set) var replaced: Set<SourceRecordRef> = []
    public private(set) var unchanged = 0
    public private(set) var ignored = 0

    /// - Parameter stored: the stored records of the delivery's source keys (absent: not stored).
    public init(items: [ConfigurationItem], stored: [SourceRecordRef: ConfigurationItem]) {
        var latest = stored
        var order: [SourceRecordRef] = []
        var changed = Set<SourceRecordRef>()
        for item in items {
            let ref = item.ref
            let previous = latest[ref]
            // An older snapshot never overwrites a newer one.
            if let previous, previous.observedAt > item.observedAt {
                ignored += 1
                continue
            }
            var value = item
            if let previous { value.id = previous.id }
            current.append(value)
            if value == previous {
                unchanged += 1
                continue
            }
            latest[ref] = value
            if changed.insert(ref).inserted { order.append(ref) }
        }
        writes = order.compactMap { latest[$0] }
        replaced = Set(order.filter { stored[$0] != nil })
    }

    /// The result of applying this plan.
    public func result(markedProcessed: Bool) -> ConfigurationItemDeliveryResult {
        ConfigurationItemDeliveryResult(current: current, written: writes.count, unchanged: unchanged, ignored: ignored, markedProcessed: markedProcessed)
    }
}
