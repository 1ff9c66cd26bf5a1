import AccordCore
import Foundation
import GRDB

/// A row of `ledger_entry`; the table's triggers refuse UPDATE and DELETE.
struct LedgerEntryRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "ledger_entry"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var ticketId: String
    var sequence: Int
    var block: Int
    var agreementId: String
    var clock: String
    var cycle: Int
    var kind: String
    var instant: Double
    var elapsed: Int
    var target: Int?
    var reason: String?
    var causingEvent: String?
    var calendarId: String
    var calendarVersion: Double
    var previousHash: String
    var hash: String

    enum Columns {
        static let ticketId = Column("ticket_id")
        static let sequence = Column("sequence")
    }

    init(_ link: ChainedLedgerEntry) {
        let entry = link.entry
        ticketId = entry.ticketID.rawValue
        sequence = link.sequence
        block = link.block
        agreementId = entry.agreementID.rawValue
        clock = entry.clock.rawValue
        cycle = entry.cycle
        kind = entry.kind.rawValue
        instant = entry.instant.storedValue
        elapsed = entry.elapsed
        target = entry.target
        reason = entry.reason
        causingEvent = entry.causingEvent?.rawValue
        calendarId = entry.calendarID.rawValue
        calendarVersion = entry.calendarVersion.storedValue
        previousHash = link.previousHash
        hash = link.hash
    }

    func domainValue() throws -> ChainedLedgerEntry {
        let entry = LedgerEntry(
            ticketID: TicketID(ticketId), agreementID: AgreementID(agreementId),
            clock: try decodeStored(clock, column: "ledger_entry.clock", ClockKind.init(rawValue:)),
            cycle: cycle,
            kind: try decodeStored(kind, column: "ledger_entry.kind", LedgerEntryKind.init(rawValue:)),
            instant: Date(stored: instant), elapsed: elapsed, target: target, reason: reason,
            causingEvent: causingEvent.map(TicketEventID.init), calendarID: CalendarID(calendarId),
            calendarVersion: Date(stored: calendarVersion)
        )
        return ChainedLedgerEntry(sequence: sequence, block: block, entry: entry, previousHash: previousHash, hash: hash)
    }
}
