import AccordCore
import Foundation

/// ``ClockRecordStore`` in memory, for tests.
public actor MemoryClockRecordStore: ClockRecordStore {
    private var byTicket: [TicketID: [ClockRecord]] = [:]

    public init() {}

    public func replace(ticket: TicketID, with records: [ClockRecord]) async throws {
        byTicket[ticket] = records.isEmpty ? nil : records
    }

    public func records(of agreement: AgreementID, overlapping start: Date, _ end: Date) async throws -> [ClockRecord] {
        byTicket.values.joined().filter {
            $0.agreementID == agreement && $0.ran(from: start, to: end)
        }
    }

    public func records(of ticket: TicketID) async throws -> [ClockRecord] { byTicket[ticket] ?? [] }

    public func allRecords(of agreement: AgreementID) async throws -> [ClockRecord] {
        byTicket.values.joined().filter { $0.agreementID == agreement }
    }
}

/// ``SupplierReportStore`` in memory, for tests.
public actor MemorySupplierReportStore: SupplierReportStore {
    private var reports: [StoredSupplierReport] = []

    public init() {}

    public func save(_ report: StoredSupplierReport) async throws -> Int64 {
        var stored = report
        stored.id = Int64(reports.count + 1)
        reports.append(stored)
        return stored.id!
    }

    public func latest(supplier: SupplierID, period: String) async throws -> StoredSupplierReport? {
        reports.last { $0.supplier == supplier && $0.period == period }
    }

    public func reports(of supplier: SupplierID) async throws -> [StoredSupplierReport] {
        reports.filter { $0.supplier == supplier }.reversed()
    }
}
