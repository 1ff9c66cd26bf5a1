import AccordConnectors
import AccordCore
import Foundation

/// What the hub does each night of the demo month, through its real sync engine: pull Stratus'
/// Table API (incremental, by watermark), import the XML file Stratus dropped for the day, and
/// read Microsoft 365's service-health feed.
struct NightlyPull: Sendable {
    /// Stratus' engine and the resources it pulls.
    let stratus: (engine: SupplierSync, settings: SyncSettings)
    let m365: (engine: SupplierSync, settings: SyncSettings)
    let importer: FileDropImporter
    let records: ServiceNowRecords
    /// Where Stratus drops its nightly export.
    let dropDirectory: URL

    /// One night's work at `night`, covering changes since `previousNight`.
    func run(night: Date, previousNight: Date) async throws {
        for resource in stratus.settings.resources { try check(try await stratus.engine.run(resource, mode: stratus.settings.mode)) }
        try await dropAndImport(night: night, previousNight: previousNight)
        for resource in m365.settings.resources { try check(try await m365.engine.run(resource, mode: m365.settings.mode)) }
    }

    /// Writes the day's export (only when something changed) and imports it like a file drop.
    private func dropAndImport(night: Date, previousNight: Date) async throws {
        let rows = records.incidents(changedAfter: previousNight, upTo: night)
        guard !rows.isEmpty else { return }
        let name = "incidents-\(ServiceNowRecords.text(night).prefix(10)).xml"
        let file = dropDirectory.appendingPathComponent(name)
        try ServiceNowRecords.xml(rows).write(to: file)
        if case .rejected(let reason) = try await importer.importFile(file) { throw DemoError("the nightly file was rejected: \(reason)") }
    }

    private func check(_ run: SyncRun) throws {
        guard run.status != .failed else { throw DemoError("sync \(run.supplier)/\(run.resource) failed: \(run.error ?? "unknown")") }
    }
}
