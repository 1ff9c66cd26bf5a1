import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import Foundation
import Logging

/// The scheduled jobs `accord serve` runs: for every supplier with a `sync:` section and a
/// loadable adapter, a pull of its resources on its schedule and a poll of its file-drop directory.
enum HubSyncJobs {
    /// The jobs, or none when the stores keep no sync runs.
    static func make(
        configuration: AccordConfiguration, stores: AccordStores, adapters: [String: Adapter], processor: InboxProcessor,
        environment: [String: String], clock: any SyncClock = SystemSyncClock(), logger: Logger
    ) async throws -> [SyncJob] {
        guard let store = stores.sync else { return [] }
        var jobs: [SyncJob] = []
        for settings in configuration.suppliers {
            guard let sync = settings.sync else { continue }
            guard let name = settings.supplier.adapter, let adapter = adapters[name] else {
                logger.warning("supplier has a sync section but no loadable adapter; not scheduled", metadata: ["accord.supplier": "\(settings.supplier.id)"])
                continue
            }
            let supplier = settings.supplier
            if sync.baseURL != nil, !sync.resources.isEmpty {
                let engine = SupplierSync(
                    supplier: supplier, settings: sync, adapter: adapter, inbox: stores.inbox, store: store, notices: stores.statusNotices,
                    processor: processor, transport: URLSessionTransport(), breaker: CircuitBreaker(), clock: clock, environment: environment,
                    vanished: .hub(configuration: configuration, stores: stores), noticeServices: configuration.noticeServiceLinks,
                    logger: logger
                )
                let last = try await store.runs(supplier: supplier.id, limit: 1).first?.startedAt
                jobs.append(SyncJob(supplier: supplier.id, kind: .pull, schedule: sync.schedule, lastRunAt: last) { _ in
                    for resource in sync.resources { _ = try await engine.run(resource, mode: sync.mode) }
                })
            }
            if let directory = sync.fileDrop {
                let watcher = DropDirectoryWatcher(directory: URL(fileURLWithPath: directory, isDirectory: true))
                let importer = FileDropImporter(supplier: supplier, adapter: adapter, inbox: stores.inbox, store: store, processor: processor, clock: clock)
                jobs.append(SyncJob(supplier: supplier.id, kind: .fileDrop, schedule: .interval(sync.fileDropInterval)) { _ in
                    for file in await watcher.poll() {
                        let outcome = try await importer.importFile(file)
                        var details: Logger.Metadata = ["accord.supplier": "\(supplier.id)", "accord.file": "\(file.lastPathComponent)"]
                        switch outcome {
                        case .imported: logger.info("dropped file imported", metadata: details)
                        case .skipped: logger.info("dropped file skipped: imported before (same content hash)", metadata: details)
                        case .rejected(let reason):
                            details["accord.reason"] = "\(reason)"
                            logger.warning("dropped file rejected whole; kept in the inbox for replay", metadata: details)
                        case .retrying(let reason):
                            details["accord.reason"] = "\(reason)"
                            logger.warning("dropped file stored but not applied yet; the inbox worker retries it", metadata: details)
                        }
                    }
                })
            }
        }
        return jobs
    }
}
