import AccordCore
import AccordStoreSQLite

/// The storage backends every port contract runs against.
public enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory
    case sqlite

    public var description: String { rawValue }

    /// A fresh, empty set of stores of this backend; the SQLite one lives in a temporary file that
    /// stays alive as long as the returned `keepAlive` value.
    public func makeStores() throws -> (stores: AccordStores, keepAlive: (any Sendable)?) {
        switch self {
        case .memory:
            return (.memory(), nil)
        case .sqlite:
            let directory = try TemporaryDirectory(prefix: "accord-store")
            let database = try SQLiteDatabase(path: directory.file("accord.sqlite"))
            return (database.stores, [directory, database] as [any Sendable])
        }
    }
}
