import AccordConfig
import AccordCore
import AccordMapping
import AccordServer
import AccordStoreSQLite
import ArgumentParser
import Foundation
import Logging

/// `accord inbox …`: list raw deliveries and replay dead letters.
struct InboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "List inbox deliveries and replay dead letters.",
        subcommands: [List.self, Replay.self]
    )

    /// `accord inbox list [--dead] [--supplier S]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List deliveries (newest last) with their status and last error.")

        @OptionGroup var options: ConfigOptions
        @Flag(help: "Only dead letters.") var dead = false
        @Option(help: "Only this supplier's deliveries.") var supplier: String?
        @Option(help: "At most this many entries.") var limit = 100

        func run() async throws {
            let database = try HubDatabase.openExisting(options)
            defer { try? database.close() }
            let entries = try await database.stores.inbox.entries(status: dead ? .dead : nil, supplier: supplier.flatMap(SupplierID.init), limit: limit)
            for entry in entries {
                let delivery = entry.delivery
                StandardOutput.write(
                    "\(entry.id)\t\(entry.status.rawValue)\t\(delivery.supplier)\t\(delivery.channel.rawValue)\t\(delivery.deliveryID)\t"
                        + "\(InstantText.text(delivery.receivedAt))\tattempts=\(entry.attempts)\t\(delivery.body.count) bytes"
                )
                if let error = entry.lastError {
                    for line in error.split(separator: "\n") { StandardOutput.write("\t  \(line)") }
                }
            }
            StandardOutput.write("\(entries.count) entr\(entries.count == 1 ? "y" : "ies")")
        }
    }

    /// `accord inbox replay ID|--supplier S`: requeues dead letters and processes them now.
    struct Replay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Requeue dead letters (one by id, or all of a supplier's) and process them with the current adapters."
        )

        @OptionGroup var options: ConfigOptions
        @Argument(help: "The inbox entry id.") var id: Int64?
        @Option(help: "Replay every dead letter of this supplier.") var supplier: String?
        @Option(help: "The adapters directory.") var adapters = "./Adapters"

        func validate() throws {
            guard (id == nil) != (supplier == nil) else { throw ValidationError("give either an entry id or --supplier, not both") }
        }

        func run() async throws {
            let configuration = try options.load()
            let database = try HubDatabase.openExisting(configuration)
            defer { try? database.close() }
            let stores = database.stores
            var ids: [Int64] = []
            if let id {
                guard let entry = try await stores.inbox.entry(id) else {
                    StandardError.write("error: inbox entry \(id) does not exist")
                    throw ExitCode(1)
                }
                guard entry.status == .dead else {
                    StandardError.write("error: inbox entry \(id) is \(entry.status.rawValue), not dead; only dead letters are replayed")
                    throw ExitCode(1)
                }
                ids = [id]
            } else if let supplier {
                ids = try await stores.inbox.entries(status: .dead, supplier: SupplierID(supplier), limit: .max).map(\.id)
            }
            let requeued = try await stores.inbox.requeue(ids: ids, at: Date())
            let loaded = AdapterLoader.loadAll(directory: URL(fileURLWithPath: adapters, isDirectory: true))
            let processor = makeInboxProcessor(configuration: configuration, stores: stores, adapters: loaded.adapters, logger: Logger(label: "accord"))
            var processed = 0
            var dead = 0
            for id in ids {
                _ = try await processor.processDue(now: Date(), limit: 1_000)
                if let entry = try await stores.inbox.entry(id) {
                    if entry.status == .processed { processed += 1 } else if entry.status == .dead { dead += 1 }
                }
            }
            StandardOutput.write("requeued \(requeued), processed \(processed), still dead \(dead)")
            if dead > 0 { throw ExitCode(1) }
        }
    }
}
