import AccordConfig
import AccordMapping
import Foundation
import AccordServer
import AccordStoreSQLite
import ArgumentParser
import Hummingbird
import Logging

/// `accord serve`: runs the hub until SIGINT or SIGTERM, then shuts down gracefully.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the hub's HTTP server on the embedded SQLite store."
    )

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Address to listen on (default: hub.yaml's listen.host).")
    var host: String?

    @Option(name: .long, help: "Port to listen on; 0 picks a free one (default: hub.yaml's listen.port).")
    var port: Int?

    @Option(name: .long, help: "The adapters directory.")
    var adapters: String = "./Adapters"

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func run() async throws {
        let configuration = try options.load()
        var logger = Logger(label: "accord")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info

        let loaded = AdapterLoader.loadAll(directory: URL(fileURLWithPath: adapters, isDirectory: true))
        if !loaded.diagnostics.isEmpty {
            for diagnostic in loaded.diagnostics { StandardError.write(diagnostic.description) }
            throw ExitCode(1)
        }
        for settings in configuration.suppliers {
            if let name = settings.supplier.adapter, loaded.adapters[name] == nil {
                StandardError.write("warning: supplier \(settings.supplier.id) names adapter '\(name)', which is not in \(adapters)")
            }
        }

        let databasePath = configuration.hub.storage.sqlitePath
        let database: SQLiteDatabase
        do {
            database = try HubDatabase.open(configuration)
        } catch {
            StandardError.write("error: cannot open the database at \(databasePath): \(error)")
            throw ExitCode(1)
        }

        let app = try await buildApplication(
            configuration: configuration, stores: database.storesWithSync, adapters: loaded.adapters, host: host, port: port, logger: logger,
            onServerRunning: { host, port in
                StandardOutput.write("Accord \(AccordVersion.current) listening on http://\(host):\(port) (database \(databasePath))")
            }
        )
        do {
            try await app.runService()
        } catch {
            try? database.close()
            throw error
        }
        try database.close()
        StandardOutput.write("Accord stopped; database closed cleanly.")
    }
}
