import AccordCore
import Foundation
import GRDB

/// ``CalendarVersionStore`` in `calendar_version`.
public struct SQLiteCalendarVersionStore: CalendarVersionStore {
    let pool: DatabasePool

    @discardableResult
    public func record(calendar: CalendarID, definitionJSON: String, effectiveFrom instant: Date) async throws -> Bool {
        try await pool.write { db in
            let latest = try String.fetchOne(
                db, sql: "SELECT definition FROM calendar_version WHERE calendar_id = ? ORDER BY effective_from DESC LIMIT 1",
                arguments: [calendar.rawValue]
            )
            guard latest != definitionJSON else { return false }
            try db.execute(
                sql: "INSERT INTO calendar_version (calendar_id, effective_from, definition) VALUES (?, ?, ?)",
                arguments: [calendar.rawValue, instant.storedValue, definitionJSON]
            )
            return true
        }
    }

    public func versions(of calendar: CalendarID) async throws -> [StoredCalendarVersion] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT effective_from, definition FROM calendar_version WHERE calendar_id = ? ORDER BY effective_from",
                arguments: [calendar.rawValue]
            ).map { row in
                StoredCalendarVersion(calendarID: calendar, effectiveFrom: Date(stored: row["effective_from"]), definitionJSON: row["definition"])
            }
        }
    }
}
