import AccordCore
import AccordLedger
import Foundation
import Testing

@Suite("Ledger: append-only hash chain with recomputed blocks")
struct LedgerChainTests {
    private func scenario() -> LedgerScenario {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        s.event("09:20", state: .inProgress)
        return s
    }

    private func chain(_ s: LedgerScenario, asOf: String, after existing: [ChainedLedgerEntry] = [], cause: TicketEventID? = nil) -> [ChainedLedgerEntry] {
        existing + LedgerChain.append(
            s.derive(asOf: asOf).entries, to: existing, ticketID: LedgerScenario.ticketID, recomputedAt: s.time(asOf), cause: cause
        )
    }

    @Test("The first append forms block 1, linked from the genesis hash, and verifies")
    func firstAppend() throws {
        let entries = chain(scenario(), asOf: "10:00")
        #expect(entries.map(\.sequence) == Array(1...entries.count))
        #expect(entries.allSatisfy { $0.block == 1 })
        #expect(entries.first?.previousHash == LedgerChain.genesisHash)
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.hash == $1.previousHash })
        #expect(LedgerChain.verify(entries) == .intact(entries: entries.count))
    }

    @Test("Deriving again with nothing new appends nothing")
    func idempotent() {
        let s = scenario()
        let first = chain(s, asOf: "10:00")
        #expect(LedgerChain.append(s.derive(asOf: "10:00").entries, to: first, ticketID: LedgerScenario.ticketID, recomputedAt: s.time("10:00"), cause: nil).isEmpty)
    }

    @Test("Events in order extend the current block without a recomputation")
    func inOrderExtends() {
        var s = scenario()
        let first = chain(s, asOf: "10:00")
        s.event("11:00", state: .resolved)
        let second = chain(s, asOf: "11:00", after: first)
        #expect(second.count > first.count)
        #expect(second.allSatisfy { $0.block == 1 && $0.entry.kind != .recomputed })
        #expect(Array(second.prefix(first.count)) == first)
        #expect(LedgerChain.verify(second) == .intact(entries: second.count))
    }

    @Test("A late event appends a recomputed block; the old entries are kept unchanged")
    func lateEventRecomputes() throws {
        var s = scenario()
        let first = chain(s, asOf: "14:00")  // warned at 12:00 while nobody knew of the pause
        let late = s.event("10:00", state: .pending(.customer), received: "14:05")
        s.event("11:30", state: .inProgress, received: "14:05")
        let second = chain(s, asOf: "14:05", after: first, cause: late)
        #expect(Array(second.prefix(first.count)) == first)
        let marker = second[first.count]
        #expect(marker.entry.kind == .recomputed)
        #expect(marker.block == 2)
        #expect(marker.entry.causingEvent == late)
        #expect(LedgerChain.currentBlock(of: second) == s.derive(asOf: "14:05").entries)
        #expect(LedgerChain.verify(second) == .intact(entries: second.count))
        #expect(LedgerChain.currentBlock(of: first).contains { $0.kind == .warned })
    }

    @Test("Verification names the first entry whose content was altered")
    func tamperedContent() {
        var entries = chain(scenario(), asOf: "14:00")
        entries[1].entry.elapsed += 60
        guard case .broken(let sequence, let reason) = LedgerChain.verify(entries) else {
            Issue.record("tampering was not detected")
            return
        }
        #expect(sequence == 2)
        #expect(reason.hasPrefix("hash does not match the entry's content"))
    }

    @Test("Verification names a broken link when an entry is removed")
    func removedEntry() {
        var entries = chain(scenario(), asOf: "14:00")
        entries.remove(at: 1)
        #expect(LedgerChain.verify(entries) == .broken(sequence: 3, reason: "expected sequence 2, found 3"))
    }

    @Test("The canonical text of an entry is stable (suppliers recompute hashes from it)")
    func canonicalText() {
        let entry = LedgerEntry(
            ticketID: "TKT-1", agreementID: "netnova-ola", clock: .resolution, cycle: 1, kind: .paused,
            instant: Date(timeIntervalSince1970: 1_791_277_200.25), elapsed: 3600, target: 14400, reason: "a|b\\c",
            causingEvent: "EVT-3", calendarID: "24x7", calendarVersion: Date(timeIntervalSince1970: 0)
        )
        #expect(LedgerCanonicalText.text(of: entry, sequence: 4, block: 1)
            == "v1|4|1|TKT-1|netnova-ola|resolution|1|paused|2026-10-06T09:00:00.250000Z|3600|14400|a\\|b\\\\c|EVT-3|24x7|1970-01-01T00:00:00.000000Z")
        #expect(LedgerChain.hash(previous: LedgerChain.genesisHash, entry: entry, sequence: 4, block: 1).count == 64)
    }
}
