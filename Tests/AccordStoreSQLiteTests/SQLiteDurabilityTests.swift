import AccordStoreSQLite
import AccordTestSupport
import Testing

@Suite("SQLite durability setting")
struct SQLiteDurabilityTests {
    @Test("synchronous is FULL by default and NORMAL when configured", arguments: [
        (SQLiteSynchronous.full, 2), (.normal, 1),
    ])
    func synchronous(setting: SQLiteSynchronous, level: Int) throws {
        let directory = try TemporaryDirectory(prefix: "accord-sync")
        let database = try SQLiteDatabase(path: directory.file("accord.sqlite"), synchronous: setting)
        #expect(try database.synchronousLevel() == level)
        try database.close()
    }

    @Test("The default is FULL, so an acknowledged delivery survives power loss")
    func defaultIsFull() throws {
        let directory = try TemporaryDirectory(prefix: "accord-sync")
        let database = try SQLiteDatabase(path: directory.file("accord.sqlite"))
        #expect(try database.synchronousLevel() == 2)
        try database.close()
    }
}
