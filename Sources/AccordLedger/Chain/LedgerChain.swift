import AccordCore
import Crypto
import Foundation

/// Appends derived entries to a ticket's hash chain and verifies chains.
///
/// A ticket's chain is a sequence of blocks. While new derivations only extend the latest block,
/// their new entries are appended to it. When a derivation disagrees with the latest block (a late
/// or out-of-order event changed history), a `recomputed` marker opens a new block followed by the
/// whole new derivation; earlier entries are never edited. The current view is the latest block.
public enum LedgerChain {
    /// The `previousHash` of a chain's first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The agreement and calendar id a `recomputed` marker carries: it concerns the whole ticket.
    public static let wholeTicket = "*"

    /// Hex SHA-256 of `previousHash + "\n" + canonical text`.
    public static func hash(previous: String, entry: LedgerEntry, sequence: Int, block: Int) -> String {
        let text = previous + "\n" + LedgerCanonicalText.text(of: entry, sequence: sequence, block: block)
        return SHA256.hash(data: Data(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The entries of the latest block, without its `recomputed` marker.
    public static func currentBlock(of chain: [ChainedLedgerEntry]) -> [LedgerEntry] {
        guard let latest = chain.last?.block else { return [] }
        return chain.filter { $0.block == latest && $0.entry.kind != .recomputed }.map(\.entry)
    }

    /// The chained entries to store after `existing` so that the latest block equals `derived`;
    /// empty when nothing changed.
    ///
    /// - Parameters:
    ///   - recomputedAt: the instant a recomputation is recorded at (when the hub noticed).
    ///   - cause: why history changed, such as the late event's id.
    public static func append(
        _ derived: [LedgerEntry], to existing: [ChainedLedgerEntry], ticketID: TicketID,
        recomputedAt: Date, cause: TicketEventID?, reason: String = "late or out-of-order event"
    ) -> [ChainedLedgerEntry] {
        let current = currentBlock(of: existing)
        var sequence = existing.last?.sequence ?? 0
        var previous = existing.last?.hash ?? genesisHash
        var block = existing.last?.block ?? 1
        var additions: [LedgerEntry]
        if derived.count >= current.count, Array(derived.prefix(current.count)) == current {
            additions = Array(derived.dropFirst(current.count))
        } else {
            block += 1
            let marker = LedgerEntry(
                ticketID: ticketID, agreementID: AgreementID(wholeTicket), clock: .resolution, cycle: 0, kind: .recomputed,
                instant: recomputedAt, elapsed: 0, target: nil, reason: reason, causingEvent: cause,
                calendarID: CalendarID(wholeTicket), calendarVersion: recomputedAt
            )
            additions = [marker] + derived
        }
        var chained: [ChainedLedgerEntry] = []
        for entry in additions {
            sequence += 1
            let hash = hash(previous: previous, entry: entry, sequence: sequence, block: block)
            chained.append(ChainedLedgerEntry(sequence: sequence, block: block, entry: entry, previousHash: previous, hash: hash))
            previous = hash
        }
        return chained
    }

    /// Recomputes every hash of a ticket's chain and names the first broken link.
    public static func verify(_ chain: [ChainedLedgerEntry]) -> LedgerVerification {
        var previous = genesisHash
        for (index, link) in chain.enumerated() {
            if link.sequence != index + 1 {
                return .broken(sequence: link.sequence, reason: "expected sequence \(index + 1), found \(link.sequence)")
            }
            if link.previousHash != previous {
                return .broken(sequence: link.sequence, reason: "previousHash does not match the hash of entry \(index)")
            }
            let expected = hash(previous: previous, entry: link.entry, sequence: link.sequence, block: link.block)
            if link.hash != expected {
                return .broken(sequence: link.sequence, reason: "hash does not match the entry's content (expected \(expected))")
            }
            previous = link.hash
        }
        return .intact(entries: chain.count)
    }
}

/// The result of verifying one ticket's chain.
public enum LedgerVerification: Sendable, Equatable {
    case intact(entries: Int)
    /// The first link that fails, with why.
    case broken(sequence: Int, reason: String)
}
