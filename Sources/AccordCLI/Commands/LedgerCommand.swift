import AccordConfig
import AccordCore
import AccordLedger
import AccordStoreSQLite
import ArgumentParser
import Foundation

/// `accord ledger …`: read and verify the SLA/OLA ledger in the hub's database.
struct LedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Show a ticket's ledger or verify the hash chains.",
        subcommands: [Show.self, Verify.self, Export.self]
    )

    /// `accord ledger show TICKET`: the entries and a text timeline of the current block.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a ticket's ledger entries and a timeline of its clocks.")

        @OptionGroup var options: ConfigOptions
        @Argument(help: "The Accord ticket id.") var ticket: String

        func run() async throws {
            let database = try HubDatabase.openExisting(options)
            defer { try? database.close() }
            let chain = try await database.stores.ledger.entries(for: TicketID(ticket))
            guard !chain.isEmpty else {
                StandardError.write("error: ticket \(ticket) has no ledger entries")
                throw ExitCode(1)
            }
            let blocks = Set(chain.map(\.block)).count
            StandardOutput.write("Ticket \(ticket): \(chain.count) entries in \(blocks) block\(blocks == 1 ? "" : "s"), chain \(LedgerVerificationText.describe(LedgerChain.verify(chain)))")
            StandardOutput.write(LedgerTable.header)
            for link in chain { StandardOutput.write(LedgerTable.row(link)) }
            StandardOutput.write("")
            StandardOutput.write("Timeline (block \(chain.last?.block ?? 1), the current view):")
            for line in LedgerTimeline.describe(LedgerChain.currentBlock(of: chain)) { StandardOutput.write("  " + line) }
        }
    }

    /// `accord ledger verify [--supplier S]`: recomputes hash chains and names the first broken link.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recompute every ticket's hash chain; exit 1 naming the first broken link.")

        @OptionGroup var options: ConfigOptions
        @Option(help: "Only tickets with entries under this supplier's OLAs.") var supplier: String?

        func run() async throws {
            let configuration = try options.load()
            var agreementIDs: Set<AgreementID>?
            if let supplier {
                guard let id = SupplierID(supplier), let settings = configuration.supplier(id) else {
                    StandardError.write("error: supplier '\(supplier)' is not configured")
                    throw ExitCode(1)
                }
                agreementIDs = Set(settings.supplier.agreements.map(\.id))
            }
            let database = try HubDatabase.openExisting(configuration)
            defer { try? database.close() }
            var checked = 0
            var broken = 0
            for ticket in try await database.stores.ledger.ticketsWithEntries() {
                let chain = try await database.stores.ledger.entries(for: ticket)
                if let agreementIDs, !chain.contains(where: { agreementIDs.contains($0.entry.agreementID) }) { continue }
                checked += 1
                let result = LedgerChain.verify(chain)
                if case .broken = result {
                    broken += 1
                    StandardOutput.write("\(ticket): \(LedgerVerificationText.describe(result))")
                }
            }
            StandardOutput.write("\(checked) chain\(checked == 1 ? "" : "s") checked, \(checked - broken) intact, \(broken) broken")
            if broken > 0 { throw ExitCode(1) }
        }
    }
}

/// How ledger commands print a verification.
enum LedgerVerificationText {
    static func describe(_ verification: LedgerVerification) -> String {
        switch verification {
        case .intact(let entries): "intact (\(entries) entries)"
        case .broken(let sequence, let reason): "broken at entry \(sequence): \(reason)"
        }
    }
}

/// Fixed-width rows for `accord ledger show`.
enum LedgerTable {
    static let header = "  seq blk  instant (UTC)                 agreement              clock       cyc  kind           elapsed   target  reason"

    static func row(_ link: ChainedLedgerEntry) -> String {
        let entry = link.entry
        return "  " + [
            pad(String(link.sequence), 3, right: true), pad(String(link.block), 3, right: true),
            pad(LedgerCanonicalText.timestamp(entry.instant), 28), pad(entry.agreementID.rawValue, 22),
            pad(entry.clock.rawValue, 11), pad(String(entry.cycle), 3, right: true), pad(entry.kind.rawValue, 13),
            pad(String(entry.elapsed), 8, right: true), pad(entry.target.map(String.init) ?? "-", 8, right: true),
            entry.reason ?? "",
        ].joined(separator: " ")
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
