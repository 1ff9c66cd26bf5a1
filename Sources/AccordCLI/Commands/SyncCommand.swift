import AccordConfig
import AccordConnectors
import AccordCore
import AccordMapping
import AccordServer
import AccordStoreSQLite
import ArgumentParser
import Foundation
import Logging

/// `accord sync SUPPLIER [--full] [--resource R]` and `accord sync status`.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Pull an Interface- or Exclude-tier supplier's data now, or show sync freshness (`accord sync status`)."
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: "The supplier id, or 'status'.")
    var supplier: String

    @Flag(name: .long, help: "Read everything and apply the missing-record policy.")
    var full = false

    @Option(name: .long, help: "Only this resource.")
    var resource: String?

    @Option(name: .long, help: "The adapters directory.")
    var adapters: String = "./Adapters"

    func run() async throws {
        let context = try SyncCommandContext(options: options, adapters: adapters)
        if supplier == "status" { return try await printStatus(context) }
        guard let id = SupplierID(supplier), let settings = context.configuration.supplier(id), let sync = settings.sync else {
            StandardError.write("error: supplier '\(supplier)' is not configured with a 'sync:' section")
            throw ExitCode(1)
        }
        let engine = try context.engine(for: settings)
        let resources = try resource.map { name in
            guard let found = sync.resource(name) else { StandardError.write("error: no resource '\(name)'"); throw ExitCode(1) }
            return [found]
        } ?? sync.resources
        let terminal = isatty(STDOUT_FILENO) == 1
        var failed = false
        for item in resources {
            let run = try await engine.run(item, mode: full ? .full : sync.mode) { progress in
                let eta = progress.eta.map { String(format: ", ETA %.0fs", $0) } ?? ""
                let line = "\(progress.supplier) \(progress.resource): \(progress.pages) pages, \(progress.records) records, \(String(format: "%.0f", progress.rate)) records/s\(eta)"
                if terminal { FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + line).utf8)) } else { StandardOutput.write(line) }
            }
            if terminal { StandardOutput.write("") }
            StandardOutput.write(SyncRunText.line(run))
            failed = failed || run.status != .completed
        }
        try context.database.close()
        if failed { throw ExitCode(2) }
    }

    private func printStatus(_ context: SyncCommandContext) async throws {
        let now = Date()
        for settings in context.configuration.suppliers {
            guard let sync = settings.sync else { continue }
            let runs = try await context.database.syncStore.runs(supplier: settings.supplier.id, limit: 200)
            let imported = try await context.database.syncStore.lastImportedFile(supplier: settings.supplier.id)
            let freshness = SyncFreshness(schedule: sync.schedule, runs: runs, lastImportedFile: imported, now: now)
            StandardOutput.write("\(settings.supplier.id): \(freshness.summary)")
        }
        try context.database.close()
    }
}

/// `accord import SUPPLIER FILE`: one file through the file-drop path.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import one JSON, XML or CSV file for a supplier.")

    @OptionGroup var options: ConfigOptions
    @Argument(help: "The supplier id.") var supplier: String
    @Argument(help: "The file.") var file: String
    @Option(name: .long, help: "The adapters directory.") var adapters: String = "./Adapters"

    func run() async throws {
        let context = try SyncCommandContext(options: options, adapters: adapters)
        guard let id = SupplierID(supplier), let settings = context.configuration.supplier(id),
              let name = settings.supplier.adapter, let adapter = context.adapters[name] else {
            StandardError.write("error: supplier '\(supplier)' is not configured with a loadable adapter")
            throw ExitCode(1)
        }
        let importer = FileDropImporter(
            supplier: settings.supplier, adapter: adapter, inbox: context.stores.inbox, store: context.database.syncStore, processor: context.processor
        )
        let outcome = try await importer.importFile(URL(fileURLWithPath: file))
        try context.database.close()
        switch outcome {
        case .imported: StandardOutput.write("imported \(file)")
        case .skipped: StandardOutput.write("skipped \(file): imported before (same content hash)")
        case .rejected(let reason):
            StandardError.write("error: \(reason)")
            throw ExitCode(2)
        case .retrying(let reason):
            StandardError.write("error: \(reason) by the hub's inbox worker, or by importing the file again")
            throw ExitCode(1)
        }
    }
}
