import AccordConnectors
import AccordCore
import Foundation
import Logging
import Synchronization
import Testing

/// A door a test job waits at until the test opens it.
actor TestGate {
    private var open = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    func wait() async {
        if open { return }
        await withCheckedContinuation { waiters.append($0) }
    }
    func release() {
        open = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }
}

@Suite("Sync scheduler (manual clock, no real sleeping)")
struct SyncSchedulerTests {
    static let start = Date(timeIntervalSince1970: 1_774_699_200)  // 2026-03-28T12:00:00Z
    static let supplier = SupplierID("stratus-hosting")!

    /// Runs `scheduler` until `body` returns, then cancels it.
    func running(_ scheduler: SyncScheduler, _ body: () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await scheduler.run() }
            try await body()
            group.cancelAll()
            try await group.waitForAll()
        }
    }

    @Test("a job due while its supplier is busy waits; it runs once the supplier is free, never alongside")
    func neverTwoRunsOfOneSupplier() async throws {
        let clock = SteppedSyncClock(Self.start)
        let (starts, startSignal) = AsyncStream<(SyncJob.Kind, Date)>.makeStream()
        let gate = TestGate()
        let pull = SyncJob(supplier: Self.supplier, kind: .pull, schedule: .interval(60)) { due in
            startSignal.yield((.pull, due))
            await gate.wait()
        }
        // The same supplier's file-drop poll falls due too, but must wait for the pull.
        let drop = SyncJob(supplier: Self.supplier, kind: .fileDrop, schedule: .interval(60), lastRunAt: Self.start) { due in
            startSignal.yield((.fileDrop, due))
        }
        let scheduler = SyncScheduler(jobs: [pull, drop], clock: clock, busyRetry: 30, logger: Logger(label: "test"))
        try await running(scheduler) {
            var iterator = starts.makeAsyncIterator()
            let first = await iterator.next()
            #expect(first?.0 == .pull && first?.1 == Self.start)  // never run: due at once
            await clock.sleepCalls(atLeast: 1)
            clock.advance(by: 60)
            await clock.sleepCalls(atLeast: 2)
            #expect(scheduler.counts.started == 1)
            #expect(scheduler.counts.deferred == 2)  // the pull's second slot and the drop poll
            await gate.release()
            while scheduler.runningSuppliers.contains(Self.supplier) { await Task.yield() }
            clock.advance(by: 30)
            let second = await iterator.next()
            #expect(second?.0 == .pull && second?.1 == Self.start.addingTimeInterval(90))
            await clock.sleepCalls(atLeast: 3)
            #expect(scheduler.counts.deferred == 3)  // the drop again: the pull took the supplier first
            while scheduler.runningSuppliers.contains(Self.supplier) { await Task.yield() }
            clock.advance(by: 30)
            let third = await iterator.next()
            #expect(third?.0 == .fileDrop && third?.1 == Self.start.addingTimeInterval(120))
            #expect(scheduler.counts.started == 3)
        }
    }

    @Test("a cron job fires at 02:00 in the calendar's time zone, on both sides of the DST change")
    func cronAcrossDaylightSaving() async throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let cron = try CronExpression.parse("0 2 * * *").get()
        let clock = SteppedSyncClock(Self.start)
        let (fires, fired) = AsyncStream<Date>.makeStream()
        let job = SyncJob(supplier: Self.supplier, kind: .pull, schedule: .cron(cron, timeZone: london)) { due in fired.yield(due) }
        let scheduler = SyncScheduler(jobs: [job], clock: clock, logger: Logger(label: "test"))
        try await running(scheduler) {
            var iterator = fires.makeAsyncIterator()
            var seen: [Date] = []
            for call in 1...2 {
                await clock.sleepCalls(atLeast: call)
                clock.advance(by: call == 1 ? 46_800 : 86_400)  // to 2026-03-29T01:00Z, then a day later
                seen.append(try #require(await iterator.next()))
            }
            #expect(seen == [
                Date(timeIntervalSince1970: 1_774_746_000),  // 2026-03-29T01:00Z = 02:00 BST, the first night of summer time
                Date(timeIntervalSince1970: 1_774_832_400),  // 2026-03-30T01:00Z = 02:00 BST
            ])
        }
    }

    @Test("a run missed while the hub was down is due at once; one not yet due waits for its slot")
    func catchUpAfterDowntime() async throws {
        let clock = SteppedSyncClock(Self.start)
        let (fires, fired) = AsyncStream<(String, Date)>.makeStream()
        let missed = SyncJob(supplier: Self.supplier, kind: .pull, schedule: .interval(3_600), lastRunAt: Self.start.addingTimeInterval(-7_200)) { fired.yield(("stratus", $0)) }
        let notDue = SyncJob(supplier: SupplierID("netnova")!, kind: .pull, schedule: .interval(3_600), lastRunAt: Self.start.addingTimeInterval(-600)) { fired.yield(("netnova", $0)) }
        let scheduler = SyncScheduler(jobs: [missed, notDue], clock: clock, logger: Logger(label: "test"))
        try await running(scheduler) {
            var iterator = fires.makeAsyncIterator()
            let first = await iterator.next()
            #expect(first?.0 == "stratus" && first?.1 == Self.start)
            await clock.sleepCalls(atLeast: 1)
            clock.advance(by: 3_000)
            let second = await iterator.next()
            #expect(second?.0 == "netnova" && second?.1 == Self.start.addingTimeInterval(3_000))
        }
    }

    @Test("a failing job is logged and does not stop the scheduler")
    func failureIsContained() async throws {
        struct Boom: Error {}
        let clock = SteppedSyncClock(Self.start)
        let calls = Mutex(0)
        let job = SyncJob(supplier: Self.supplier, kind: .pull, schedule: .interval(60)) { _ in
            calls.withLock { $0 += 1 }
            throw Boom()
        }
        let scheduler = SyncScheduler(jobs: [job], clock: clock, logger: Logger(label: "test"))
        try await running(scheduler) {
            for call in 1...3 {
                await clock.sleepCalls(atLeast: call)
                while scheduler.runningSuppliers.contains(Self.supplier) { await Task.yield() }
                clock.advance(by: 60)
            }
            await clock.sleepCalls(atLeast: 4)
            while scheduler.runningSuppliers.contains(Self.supplier) { await Task.yield() }
        }
        #expect(calls.withLock { $0 } == 4)
    }
}
