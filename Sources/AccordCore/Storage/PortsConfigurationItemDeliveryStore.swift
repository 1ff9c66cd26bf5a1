/// ``ConfigurationItemDeliveryStore`` through ``ConfigurationItemStore``, one record after
/// another: not atomic, which is safe because applying the same delivery again writes what is
/// still missing and nothing else. The default for backends without a transactional
/// implementation (the in-memory stores).
public struct PortsConfigurationItemDeliveryStore: ConfigurationItemDeliveryStore {
    let items: any ConfigurationItemStore
    let inbox: any InboxStore

    public init(items: any ConfigurationItemStore, inbox: any InboxStore) {
        self.items = items
        self.inbox = inbox
    }

    public func apply(_ delivered: [ConfigurationItem], processed: ProcessedInboxEntry?) async throws -> ConfigurationItemDeliveryResult {
        var stored: [SourceRecordRef: ConfigurationItem] = [:]
        for ref in Set(delivered.map(\.ref)) {
            if let item = try await items.item(supplier: ref.supplier, sourceKey: ref.sourceKey) { stored[ref] = item }
        }
        let plan = ConfigurationItemDeliveryPlan(items: delivered, stored: stored)
        for item in plan.writes { try await items.save(item) }
        if let processed { try await inbox.markProcessed(processed.id, at: processed.at) }
        return plan.result(markedProcessed: processed != nil)
    }
}
