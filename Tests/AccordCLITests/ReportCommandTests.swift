import AccordConfig
import AccordCore
import AccordServer
import AccordStoreSQLite
import AccordTestSupport
import Crypto
import Foundation
import Testing

@Suite("accord report, reconcile import and ledger export")
struct ReportCommandTests {
    @Test("report ola prints the scorecard as JSON and as a table with compliance and the credit")
    func olaScorecard() async throws {
        let hub = try await NetnovaTicketHub(prefix: "accord-report-cli")
        let json = try AccordBinary.run(["report", "ola", "--supplier", "netnova", "--period", "2026-10", "--format", "json", "--config", hub.fixture.directory])
        #expect(json.status == 0, "\(json.standardError)")
        let cards = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let totals = try #require(cards.first?["totals"] as? [String: Any])
        let resolution = try #require(totals["resolution"] as? [String: Any])
        #expect(resolution["met"] as? Int == 1)
        #expect(resolution["meanSeconds"] as? Double == 5400)
        #expect((totals["response"] as? [String: Any])?["meanSeconds"] as? Double == 1800)
        let table = try AccordBinary.run(["report", "ola", "--supplier", "netnova", "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(table.standardOutput.contains("OLA scorecard netnova-ola (supplier netnova), period 2026-10"))
        #expect(table.standardOutput.contains("compliance resolution: 100% against 90% — met"))
        #expect(table.standardOutput.contains("service credit due: 0.00 GBP"))
        let exclude = try AccordBinary.run(["report", "ola", "--supplier", "m365", "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(exclude.status == 1)
        #expect(exclude.standardError.contains("(reconciliation.no_agreement)"))
    }

    @Test("reconcile import keeps a report; report discrepancies lists what differs with ledger evidence")
    func discrepancies() async throws {
        let hub = try await NetnovaTicketHub(prefix: "accord-report-cli")
        let matching = hub.work.file("matching.csv")
        try "ticket,priority,respondedAt,resolvedAt,responseMet,resolutionMet\nNET-42,P2,2026-10-06T09:30:00Z,2026-10-06T11:00:00Z,met,true\n"
            .write(toFile: matching, atomically: true, encoding: .utf8)
        let imported = try AccordBinary.run(["reconcile", "import", "netnova", matching, "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("report #1 stored: 1 tickets from netnova for 2026-10"))
        let clean = try AccordBinary.run(["report", "discrepancies", "--supplier", "netnova", "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(clean.standardOutput.contains("1 rows reported, 1 resolved in the ledger, 0 discrepancies"))

        let differing = hub.work.file("differing.csv")
        try "ticket,priority,resolvedAt\nTKT-9,P2,2026-10-06T11:05:00Z\nGHOST-1,P3,2026-10-07T10:00:00Z\n"
            .write(toFile: differing, atomically: true, encoding: .utf8)
        _ = try AccordBinary.run(["reconcile", "import", "netnova", differing, "--period", "2026-10", "--config", hub.fixture.directory])
        let found = try AccordBinary.run(["report", "discrepancies", "--supplier", "netnova", "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(found.standardOutput.contains("2 discrepancies"))
        #expect(found.standardOutput.contains("missingFromLedger GHOST-1 (report line 3): reported 2026-10-07T10:00:00Z, observed none"))
        #expect(found.standardOutput.contains("resolutionInstantDiffers TKT-9 (report line 2): reported 2026-10-06T11:05:00Z, observed 2026-10-06T11:00:00Z"))
        #expect(found.standardOutput.contains("resolution stopped met at 2026-10-06T11:00:00Z elapsed 5400s hash "))
        #expect(found.standardOutput.contains("event E4 via webhook delivery msg_4"))

        let bad = hub.work.file("bad.csv")
        try "ticket,resolvedAt\nTKT-9,tomorrow\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try AccordBinary.run(["reconcile", "import", "netnova", bad, "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("line 2: resolvedAt 'tomorrow' is not an RFC 3339 instant"))
    }

    @Test("ledger export lets the supplier recompute every hash of its entries")
    func export() async throws {
        let hub = try await NetnovaTicketHub(prefix: "accord-report-cli")
        let result = try AccordBinary.run(["ledger", "export", "--supplier", "netnova", "--period", "2026-10", "--config", hub.fixture.directory])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let chain = try #require(line["chain"] as? [[String: Any]])
        #expect(!chain.isEmpty)
        var previous = String(repeating: "0", count: 64)
        for entry in chain {
            #expect(entry["previousHash"] as? String == previous)
            if let canonical = entry["canonical"] as? String {
                let digest = SHA256.hash(data: Data((previous + "\n" + canonical).utf8)).map { String(format: "%02x", $0) }.joined()
                #expect(entry["hash"] as? String == digest)
            }
            previous = entry["hash"] as? String ?? ""
        }
        #expect((line["records"] as? [Any])?.count == 2)
    }
}
