import AccordCore
import AccordLedger
import AccordReconciliation
import AccordStoreSQLite
import BusinessTime
import Foundation

/// `swift run -c release AccordBenchmarks reconcile [--tickets N] [--output PATH] [--no-write]`:
/// a year of N tickets under five suppliers' OLAs as clock records in a SQLite file; times the five
/// suppliers' year scorecards (rows read + every figure) against one plain SQL `GROUP BY` over the
/// same rows, and one incremental update (a new event re-derived, its rows replaced, the month's
/// scorecard recomputed from the index) against that full recompute.
enum ReconciliationBenchmark {
    static let suppliers = (1...5).map { SupplierID("supplier-\($0)")! }
    static let year = ReportPeriod(start: Date(timeIntervalSince1970: 1_735_689_600), end: Date(timeIntervalSince1970: 1_767_225_600), label: "2025")

    static func run(arguments: [String]) throws {
        let tickets = BenchmarkSupport.value(of: "--tickets", in: arguments).flatMap(Int.init) ?? 1_000_000
        let section = try BenchmarkSupport.runBlocking { try await measure(tickets: tickets) }.markdown(machine: MachineDescription.current, date: Date())
        print(section)
        guard !arguments.contains("--no-write") else { return }
        let output = BenchmarkSupport.value(of: "--output", in: arguments) ?? AccordBenchmarks.defaultOutputPath
        try ReconciliationBenchmarkReport.write(section: section, to: output)
        print("wrote \(output)")
    }

    static func agreement(_ supplier: SupplierID) -> Agreement {
        let target = { (response: Int, resolution: Int) in
            ResponseResolutionTarget(response: BusinessDuration(seconds: response), resolution: BusinessDuration(seconds: resolution))
        }
        return Agreement(
            id: AgreementID("\(supplier)-ola"), kind: .ola(supplier),
            targets: [.p1: target(900, 14_400), .p2: target(1800, 28_800), .p3: target(14_400, 172_800), .p4: target(86_400, 432_000)],
            calendarID: "24x7"
        )
    }

    /// Two clock records (response, resolution) per ticket, spread over 2025; about 2 % still open.
    static func records(ticket index: Int, random: inout BenchmarkRandom) -> [ClockRecord] {
        let supplier = suppliers[index % suppliers.count]
        let agreementID = AgreementID("\(supplier)-ola")
        let priority = Priority(rawValue: Int(random.next() % 4) + 1)!
        let targets = agreement(supplier).targets[priority]!
        let start = year.start.addingTimeInterval(Double(random.next() % UInt64(year.end.timeIntervalSince(year.start))))
        let ticket = TicketID("TKT-\(index)")
        let service: ServiceID = index % 3 == 0 ? "workplace" : "hosted-apps"
        let responseElapsed = Int(random.next() % UInt64(targets.response.seconds * 2)) + 1
        let resolutionElapsed = Int(random.next() % UInt64(targets.resolution.seconds * 2)) + responseElapsed
        let open = random.next() % 50 == 0
        func record(_ clock: ClockKind, _ elapsed: Int, _ target: Int, stopped: Bool) -> ClockRecord {
            ClockRecord(
                ticketID: ticket, agreementID: agreementID, clock: clock, cycle: 1, priority: priority, service: service, startedAt: start,
                stoppedAt: stopped ? start.addingTimeInterval(Double(elapsed)) : nil,
                outcome: stopped ? (elapsed > target ? .breached : .met) : nil, elapsed: elapsed, target: target,
                breachedAt: elapsed > target ? start.addingTimeInterval(Double(target + 1)) : nil
            )
        }
        return [
            record(.response, responseElapsed, targets.response.seconds, stopped: true),
            record(.resolution, resolutionElapsed, targets.resolution.seconds, stopped: !open),
        ]
    }

    static func measure(tickets: Int) async throws -> ReconciliationBenchmarkReport {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-reconcile-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("bench.sqlite").path, synchronous: .normal)
        defer { try? database.close() }
        guard let store = database.stores.clockRecords as? SQLiteClockRecordStore else { throw BenchmarkFailure("no SQLite clock record store") }
        let clock = ContinuousClock()
        var random = BenchmarkRandom(seed: 11)
        let loadStart = clock.now
        var batch: [ClockRecord] = []
        for index in 0..<tickets {
            batch += records(ticket: index, random: &random)
            if batch.count >= 100_000 {
                try await store.insertAll(batch)
                batch.removeAll(keepingCapacity: true)
                if (index + 1) % 200_000 == 0 { print("  \(index + 1) tickets…") }
            }
        }
        try await store.insertAll(batch)
        let load = clock.now - loadStart
        let agreements = suppliers.map(agreement)

        // Baseline: one plain GROUP BY over the same rows.
        var plainRows: [PlainSummaryRow] = []
        let plain = try await best(of: 3) { plainRows = try await store.plainSummary(overlapping: year.start, year.end) }
        // Accord: every supplier's year scorecard from the stored rows, every figure.
        var cards: [Scorecard] = []
        var rowsRead = 0
        let full = try await best(of: 3) {
            cards = []
            rowsRead = 0
            for agreement in agreements {
                let rows = try await store.records(of: agreement.id, overlapping: year.start, year.end)
                rowsRead += rows.count
                cards.append(ScorecardCalculator.scorecard(agreement: agreement, records: rows, period: year))
            }
        }
        guard rowsRead == plainRows.reduce(0, { $0 + $1.clocks }) else {
            throw BenchmarkFailure("Accord read \(rowsRead) rows, the GROUP BY counted \(plainRows.reduce(0) { $0 + $1.clocks })")
        }
        let measured = cards.reduce(0) { $0 + $1.totals.resolution.measured }

        // Incremental: index built once; then one new event → re-derive, replace rows, month scorecard.
        var all: [ClockRecord] = []
        for agreement in agreements { all += try await store.allRecords(of: agreement.id) }
        let indexStart = clock.now
        var index = ScorecardIndex(records: all)
        let indexBuild = clock.now - indexStart
        all = []
        let calendar = try BusinessCalendar(CalendarDefinition(
            id: "24x7", name: "24x7", timeZoneIdentifier: "UTC",
            week: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [try! WorkingInterval.parse("00:00-24:00").get()]) })
        ))
        let versions = try CalendarVersions([CalendarVersion(effectiveFrom: .distantPast, calendar: calendar)])
        let october = ReportPeriod(start: Date(timeIntervalSince1970: 1_759_276_800), end: Date(timeIntervalSince1970: 1_761_955_200), label: "2025-10", isCalendarMonth: true)
        var incremental: [Double] = []
        var parts: [[Double]] = []
        for sample in 0..<20 {
            let supplier = suppliers[sample % suppliers.count]
            let ticket = TicketID("NEW-\(sample)")
            let opened = october.start.addingTimeInterval(Double(sample) * 86_400)
            let events = [
                TicketEvent(id: TicketEventID("\(ticket)-1"), ticketID: ticket, sourceTime: opened, receivedTime: opened, channel: .webhook, supplier: supplier,
                            changes: [FieldChange(field: .priority, newValue: "P2"), FieldChange(field: .assignment, newValue: "\(supplier)/ops"), FieldChange(field: .state, newValue: "assigned")]),
                TicketEvent(id: TicketEventID("\(ticket)-2"), ticketID: ticket, sourceTime: opened + 900, receivedTime: opened + 900, channel: .webhook, supplier: supplier,
                            changes: [FieldChange(field: .state, newValue: "inProgress")]),
                TicketEvent(id: TicketEventID("\(ticket)-3"), ticketID: ticket, sourceTime: opened + 7200, receivedTime: opened + 7200, channel: .webhook, supplier: supplier,
                            changes: [FieldChange(field: .state, newValue: "resolved")]),
            ]
            let start = clock.now
            let derivation = LedgerDerivation.derive(ticketID: ticket, events: events, agreements: agreements, calendars: ["24x7": versions], asOf: october.end)
            let records = ClockRecords.from(currentBlock: derivation.entries, service: "workplace")
            let derived = clock.now
            try await store.replace(ticket: ticket, with: records)
            let stored = clock.now
            index.replace(ticket: ticket, with: records)
            let card = index.scorecard(agreement: agreement(supplier), period: october)
            let scored = clock.now
            incremental.append(seconds(scored - start))
            parts.append([seconds(derived - start), seconds(stored - derived), seconds(scored - stored)])
            guard card.totals.resolution.measured > 0 else { throw BenchmarkFailure("the incremental scorecard lost the new ticket") }
        }
        return ReconciliationBenchmarkReport(
            tickets: tickets, rows: rowsRead, measured: measured, loadSeconds: seconds(load), plainSeconds: plain, fullSeconds: full,
            indexBuildSeconds: seconds(indexBuild), incrementalSeconds: incremental.sorted()[incremental.count / 2],
            incrementalParts: (0..<3).map { part in parts.map { $0[part] }.sorted()[parts.count / 2] },
            peakBytes: PeakMemory.bytes()
        )
    }

    static func best(of runs: Int, _ body: () async throws -> Void) async throws -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            try await body()
            times.append(seconds(clock.now - start))
        }
        return times.min() ?? 0
    }

    static func seconds(_ duration: Duration) -> Double { BenchmarkSupport.seconds(duration) }

}
