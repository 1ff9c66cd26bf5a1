import AccordCore
import AccordLedger
import AccordReconciliation
import Foundation
import Testing

@Suite("Discrepancies: supplier-reported vs observed")
struct DiscrepancyTests {
    /// A deterministic generator (SplitMix64), so every run plants the same differences.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// 40 netnova tickets resolved in October with varied priorities, response and resolution times.
    private func observedMonth(seed: UInt64) -> [ObservedTicket] {
        var random = SeededGenerator(state: seed)
        var month = MonthScenario()
        for index in 0..<40 {
            let ticket = TicketID("NET-\(index)")
            let start = MonthScenario.time("2026-10-01T08:00:00Z").addingTimeInterval(Double(index) * 17 * 3600)
            let priority: Priority = [.p1, .p2, .p3].randomElement(using: &random)!
            month.on(ticket, iso(start), state: .assigned, priority: priority, assign: MonthScenario.netnova)
            month.on(ticket, iso(start.addingTimeInterval(Double(Int.random(in: 5...60, using: &random) * 60))), state: .inProgress)
            month.on(ticket, iso(start.addingTimeInterval(Double(Int.random(in: 1...10, using: &random) * 3600))), state: .resolved)
        }
        let records = month.records()
        return Dictionary(grouping: records, by: \.ticketID).values
            .compactMap { ObservedTicket.from(records: $0, reference: "EXT-\($0[0].ticketID.rawValue)") }
            .sorted { $0.ticketID < $1.ticketID }
    }

    private func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private func csvLine(_ ticket: ObservedTicket, priority: Priority?, responded: Date?, resolved: Date?, responseMet: Bool?, resolutionMet: Bool?) -> String {
        [
            ticket.reference ?? ticket.ticketID.rawValue, priority?.description ?? "", responded.map(iso) ?? "", resolved.map(iso) ?? "",
            responseMet.map { $0 ? "met" : "breached" } ?? "", resolutionMet.map { $0 ? "true" : "false" } ?? "",
        ].joined(separator: ",")
    }

    @Test("Every planted difference is found and nothing else", arguments: [UInt64(1), 7, 42])
    func plantedDifferences(seed: UInt64) throws {
        let observed = observedMonth(seed: seed)
        var random = SeededGenerator(state: seed &* 31)
        var chosen = Array(observed.indices).shuffled(using: &random)
        func pick() -> Int { chosen.removeLast() }
        let dropped = [pick(), pick()]
        let priorityChanged = pick(), responseShifted = pick(), resolutionShifted = pick(), responseFlipped = pick(), resolutionFlipped = pick()
        var lines = ["ticket,priority,respondedAt,resolvedAt,responseMet,resolutionMet"]
        var expected: Set<String> = []
        for (index, ticket) in observed.enumerated() {
            let reference = ticket.reference!
            if dropped.contains(index) {
                expected.insert("missingFromReport \(reference)")
                continue
            }
            var priority = ticket.priority
            var responded = ticket.respondedAt
            var resolved = ticket.resolvedAt
            var responseMet = ticket.responseOutcome.map { $0 == .met }
            var resolutionMet = ticket.resolutionOutcome.map { $0 == .met }
            switch index {
            case priorityChanged:
                priority = priority == .p1 ? .p2 : .p1
                expected.insert("priorityDiffers \(reference)")
            case responseShifted:
                responded = responded?.addingTimeInterval(60)
                expected.insert("responseInstantDiffers \(reference)")
            case resolutionShifted:
                resolved = resolved?.addingTimeInterval(-1)
                expected.insert("resolutionInstantDiffers \(reference)")
            case responseFlipped:
                responseMet = responseMet.map { !$0 }
                expected.insert("responseOutcomeDiffers \(reference)")
            case resolutionFlipped:
                resolutionMet = resolutionMet.map { !$0 }
                expected.insert("resolutionOutcomeDiffers \(reference)")
            default:
                break
            }
            lines.append(csvLine(ticket, priority: priority, responded: responded, resolved: resolved, responseMet: responseMet, resolutionMet: resolutionMet))
        }
        lines.append("GHOST-1,P2,2026-10-03T10:00:00Z,2026-10-03T12:00:00Z,met,true")
        expected.insert("missingFromLedger GHOST-1")
        let report = try SupplierReportParser.parse(Data(lines.joined(separator: "\r\n").utf8), supplier: MonthScenario.netnova, period: "2026-10")
        let period = try ReportPeriod.parse("2026-10", timeZone: TimeZone(identifier: "UTC")!)
        let found = DiscrepancyFinder.find(report: report, observed: observed, period: period)
        #expect(Set(found.map { "\($0.kind.rawValue) \($0.ticket)" }) == expected)
        #expect(found.count == expected.count)
    }

    @Test("An identical JSON report with fractional seconds yields no discrepancy; absent keys are not compared")
    func identicalJSON() throws {
        let observed = observedMonth(seed: 3)
        let rows = observed.map { ticket in
            "{\"ticket\": \"\(ticket.reference!)\", \"priority\": \"\(ticket.priority!.description)\", \"resolvedAt\": \"\(iso(ticket.resolvedAt!).dropLast())"
                + ".500Z\", \"resolutionMet\": \(ticket.resolutionOutcome == .met)}"
        }
        let json = "{\"supplier\": \"netnova\", \"period\": \"2026-10\", \"tickets\": [\(rows.joined(separator: ","))]}"
        let report = try SupplierReportParser.parse(Data(json.utf8), supplier: MonthScenario.netnova, period: "2026-10")
        #expect(report.columns == [.priority, .resolvedAt, .resolutionMet])
        let period = try ReportPeriod.parse("2026-10", timeZone: TimeZone(identifier: "UTC")!)
        #expect(DiscrepancyFinder.find(report: report, observed: observed, period: period).isEmpty)
    }

    @Test("One report against two OLAs: rows match a ticket under either, each OLA's resolved tickets must be listed, differences name the OLA")
    func twoAgreements() throws {
        let observed = observedMonth(seed: 11)
        let (service, desk) = (Array(observed.prefix(25)), Array(observed.dropFirst(25)))
        let period = try ReportPeriod.parse("2026-10", timeZone: TimeZone(identifier: "UTC")!)
        // Listed: every ticket but the last of each OLA; the first desk ticket with another priority.
        var lines = ["ticket,priority,resolvedAt"]
        for ticket in service.dropLast() + desk.dropLast() {
            let priority = ticket.ticketID == desk[0].ticketID ? (ticket.priority == .p1 ? Priority.p2 : .p1) : ticket.priority
            lines.append("\(ticket.reference!),\(priority!.description),\(iso(ticket.resolvedAt!))")
        }
        let report = try SupplierReportParser.parse(Data(lines.joined(separator: "\n").utf8), supplier: MonthScenario.netnova, period: "2026-10")
        let found = DiscrepancyFinder.find(report: report, scopes: [
            .init(agreement: AgreementID("netnova-ola"), observed: service, period: period),
            .init(agreement: AgreementID("netnova-desk-ola"), observed: desk, period: period),
        ])
        #expect(Set(found.map { "\($0.kind.rawValue) \($0.ticket) \($0.agreementID?.rawValue ?? "-")" }) == [
            "missingFromReport \(service.last!.reference!) netnova-ola",
            "missingFromReport \(desk.last!.reference!) netnova-desk-ola",
            "priorityDiffers \(desk[0].reference!) netnova-desk-ola",
        ])
        // Against the first OLA alone, every desk row would be a ticket the ledger lacks.
        let firstOnly = DiscrepancyFinder.find(report: report, observed: service, period: period)
        #expect(firstOnly.filter { $0.kind == .missingFromLedger }.count == desk.count - 1)
        #expect(firstOnly.allSatisfy { $0.agreementID == nil })
    }

    @Test("A bad report is refused whole, every problem located")
    func badReport() {
        let csv = "ticket,priority,resolvedAt,colour\nA,P9,2026-10-05 10:00,red\nA,P1,2026-10-05T10:00:00Z,blue\n"
        #expect {
            try SupplierReportParser.parse(Data(csv.utf8), supplier: MonthScenario.netnova, period: "2026-10")
        } throws: { error in
            let problems = (error as? SupplierReportError)?.problems ?? []
            return problems.contains("line 1: unknown column 'colour' (expected ticket, priority, respondedAt, resolvedAt, responseMet, resolutionMet)")
                && problems.contains("line 2: priority 'P9' is not P1…P5")
                && problems.contains("line 2: resolvedAt '2026-10-05 10:00' is not an RFC 3339 instant with an offset (2026-10-05T09:30:00Z)")
        }
        #expect(throws: SupplierReportError.self) {
            try SupplierReportParser.parse(Data("{\"supplier\": \"other\", \"tickets\": []}".utf8), supplier: MonthScenario.netnova, period: "2026-10")
        }
    }

    @Test("Quoted CSV fields with commas, quotes and a byte-order mark")
    func quotedCSV() throws {
        let csv = "\u{FEFF}ticket,priority\r\n\"INC,001\",P1\r\n\"say \"\"hi\"\"\",P2\r\n"
        let report = try SupplierReportParser.parse(Data(csv.utf8), supplier: MonthScenario.netnova, period: "2026-10")
        #expect(report.rows.map(\.ticket) == ["INC,001", "say \"hi\""])
        #expect(report.rows.map(\.line) == [2, 3])
    }
}
