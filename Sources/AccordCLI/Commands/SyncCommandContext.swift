import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import AccordServer
import AccordStoreSQLite
import ArgumentParser
import Foundation
import Logging

/// What `accord sync` and `accord import` share: configuration, adapters, database, processor.
struct SyncCommandContext {
    let configuration: AccordConfiguration
    let adapters: [String: Adapter]
    let database: SQLiteDatabase
    let stores: AccordStores
    let processor: InboxProcessor

    init(options: ConfigOptions, adapters directory: String) throws {
        configuration = try options.load()
        let loaded = AdapterLoader.loadAll(directory: URL(fileURLWithPath: directory, isDirectory: true))
        adapters = loaded.adapters
        database = try HubDatabase.open(configuration)
        stores = database.storesWithSync
        processor = makeInboxProcessor(configuration: configuration, stores: stores, adapters: adapters, logger: Logger(label: "accord.sync"))
    }

    func engine(for settings: SupplierSettings) throws -> SupplierSync {
        guard let sync = settings.sync, let name = settings.supplier.adapter, let adapter = adapters[name] else {
            StandardError.write("error: supplier \(settings.supplier.id) has no sync section or no loadable adapter")
            throw ExitCode(1)
        }
        return SupplierSync(
            supplier: settings.supplier, settings: sync, adapter: adapter, inbox: stores.inbox, store: database.syncStore,
            notices: database.statusNoticeStore, processor: processor, transport: URLSessionTransport(), breaker: CircuitBreaker(),
            vanished: .hub(configuration: configuration, stores: stores), noticeServices: configuration.noticeServiceLinks
        )
    }
}

/// One line per finished run.
enum SyncRunText {
    static func line(_ run: SyncRun) -> String {
        let c = run.counts
        return "run \(run.id) \(run.supplier)/\(run.resource) \(run.mode.rawValue) \(run.status.rawValue): \(run.pages) pages, "
            + "\(c.seen) seen, \(c.created) created, \(c.updated) updated, \(c.unchanged) unchanged, \(c.failed) failed, \(c.vanished) vanished"
            + (run.error.map { " — \($0)" } ?? "")
    }
}
