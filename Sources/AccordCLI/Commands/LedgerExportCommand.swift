import AccordConfig
import AccordCore
import AccordLedger
import AccordReconciliation
import AccordServer
import ArgumentParser
import Foundation

extension LedgerCommand {
    /// `accord ledger export --supplier S --period P`: JSON Lines, one ticket per line, for the
    /// supplier to re-check its figures and the hash chain.
    ///
    /// Each line has the ticket's whole chain (hashes need every link from the first), the
    /// supplier's clock records and figures. Entries of other agreements (another supplier's OLA,
    /// the customer SLA) are redacted to their sequence, block and hashes: the links still verify,
    /// their content stays private.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export a supplier's ledger entries and clock records for a period (JSON Lines).")

        @OptionGroup var options: ConfigOptions
        @Option(help: "The supplier id.") var supplier: String
        @Option(help: "A month (2026-10), a date range or two instants.") var period: String

        func run() async throws {
            let configuration = try options.load()
            guard let id = SupplierID(supplier), let settings = configuration.supplier(id) else {
                StandardError.write("error: supplier '\(supplier)' is not configured")
                throw ExitCode(1)
            }
            let database = try HubDatabase.openExisting(configuration)
            defer { try? database.close() }
            guard let recordStore = database.stores.clockRecords else { throw ExitCode(1) }
            let agreements = Set(settings.supplier.agreements.map(\.id))
            var tickets = Set<TicketID>()
            let reconciliation = ReconciliationService(stores: database.stores, configuration: configuration)
            for agreement in settings.supplier.agreements {
                let range: ReportPeriod
                do { range = try reconciliation.period(period, agreement: agreement) } catch let error as ReconciliationError {
                    StandardError.write("error: \(error.description)")
                    throw ExitCode(1)
                }
                for record in try await recordStore.records(of: agreement.id, overlapping: range.start, range.end) { tickets.insert(record.ticketID) }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            for ticket in tickets.sorted() {
                let chain = try await database.stores.ledger.entries(for: ticket)
                let records = try await recordStore.records(of: ticket).filter { agreements.contains($0.agreementID) }
                let line = ExportedTicket(
                    ticket: ticket, supplier: id, period: period,
                    chain: chain.map { agreements.contains($0.entry.agreementID) ? .init($0) : .redacted($0) },
                    records: records
                )
                StandardOutput.write(String(decoding: try encoder.encode(line), as: UTF8.self))
            }
        }
    }
}

/// One line of a ledger export.
struct ExportedTicket: Encodable {
    var ticket: TicketID
    var supplier: SupplierID
    var period: String
    var chain: [ExportedEntry]
    var records: [ClockRecord]
}

/// A chain link: the entry's fields in canonical text form (as hashed), or only its hashes when redacted.
struct ExportedEntry: Encodable {
    var sequence: Int
    var block: Int
    var previousHash: String
    var hash: String
    var redacted: Bool
    /// The exact text hashed after `previousHash + "\n"` (absent when redacted).
    var canonical: String?

    init(_ link: ChainedLedgerEntry) {
        sequence = link.sequence
        block = link.block
        previousHash = link.previousHash
        hash = link.hash
        redacted = false
        canonical = LedgerCanonicalText.text(of: link.entry, sequence: link.sequence, block: link.block)
    }

    static func redacted(_ link: ChainedLedgerEntry) -> ExportedEntry {
        var entry = ExportedEntry(link)
        entry.redacted = true
        entry.canonical = nil
        return entry
    }
}
