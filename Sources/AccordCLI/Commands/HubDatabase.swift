import AccordConfig
import AccordStoreSQLite
import ArgumentParser
import Foundation

/// Opens the database `hub.yaml` names, at its configured durability, for every command.
enum HubDatabase {
    /// Opens the database, creating it if needed (`serve`, `sync`, `tokens create`).
    static func open(_ configuration: AccordConfiguration) throws -> SQLiteDatabase {
        let storage = configuration.hub.storage
        return try SQLiteDatabase(path: storage.sqlitePath, synchronous: SQLiteSynchronous(rawValue: storage.synchronous) ?? .full)
    }

    /// Opens an existing database, or exits with 1 naming the path (commands that only read or repair).
    static func openExisting(_ configuration: AccordConfiguration) throws -> SQLiteDatabase {
        let path = configuration.hub.storage.sqlitePath
        guard FileManager.default.fileExists(atPath: path) else {
            StandardError.write("error: no database at \(path) (run `accord serve` first or check hub.yaml)")
            throw ExitCode(1)
        }
        return try open(configuration)
    }

    static func openExisting(_ options: ConfigOptions) throws -> SQLiteDatabase {
        try openExisting(try options.load())
    }
}

/// Instants as CLI listings print them: RFC 3339 in UTC with milliseconds.
enum InstantText {
    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
