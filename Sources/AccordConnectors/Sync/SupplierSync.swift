import AccordCore
import AccordMapping
import Foundation
import Logging

/// Pulls one supplier's resources page by page, reading (and normalising, hashing, planning) the
/// next page while one commits. A page of readable tickets new to the inbox commits once: raw page
/// (stored processed; delivery id `sync-<resource>-<sha256>`), tickets, record hashes, page summary
/// and the run's counters and checkpoint in one transaction. Any other page is stored raw in the
/// inbox (channel `poll`, or `statusFeed` for Exclude-tier vendors) and applied through the
/// ``InboxProcessor``, then its counters, checkpoint and record hashes commit together. Either way a
/// killed run resumes from the page after the last committed one.
///
/// Unchanged records cause no writes: a page whose bytes were seen before is an inbox duplicate
/// (nothing stored, nothing applied), and record content hashes are only written when they change
/// the stored value. See docs/SYNC.md for what a changed page re-applies.
public struct SupplierSync: Sendable {
    let supplier: Supplier
    let settings: SyncSettings
    let adapter: Adapter
    let inbox: any InboxStore
    let store: any SyncStore
    let notices: (any StatusNoticeStore)?
    let processor: InboxProcessor
    let transport: any HTTPTransport
    let breaker: CircuitBreaker
    let clock: any SyncClock
    let environment: [String: String]
    let vanished: VanishedRecordHandler
    let noticeServices: NoticeServiceLinks
    let logger: Logger

    public init(
        supplier: Supplier, settings: SyncSettings, adapter: Adapter, inbox: any InboxStore, store: any SyncStore,
        notices: (any StatusNoticeStore)?, processor: InboxProcessor, transport: any HTTPTransport, breaker: CircuitBreaker,
        clock: any SyncClock = SystemSyncClock(), environment: [String: String] = ProcessInfo.processInfo.environment,
        vanished: VanishedRecordHandler = .none, noticeServices: NoticeServiceLinks = NoticeServiceLinks(),
        logger: Logger = Logger(label: "accord.sync")
    ) {
        self.supplier = supplier
        self.settings = settings
        self.adapter = adapter
        self.inbox = inbox
        self.store = store
        self.notices = notices
        self.processor = processor
        self.transport = transport
        self.breaker = breaker
        self.clock = clock
        self.environment = environment
        self.vanished = vanished
        self.noticeServices = noticeServices
        self.logger = logger
    }

    var channel: Channel { supplier.capabilities.accepts(.statusFeed) ? .statusFeed : .poll }

    /// Runs (or resumes) one resource. Returns the finished run; a failed run carries its reason
    /// and leaves the watermark where it was.
    public func run(_ resource: SyncResource, mode: SyncMode, progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }) async throws -> SyncRun {
        var run = try await store.startOrResume(supplier: supplier.id, resource: resource.name, mode: mode, channel: channel, at: clock.now())
        do {
            try await pages(resource, &run, progress: progress)
            if run.mode == .full { try await applyMissingPolicy(&run) }
            run.status = .completed
        } catch let error as SyncError {
            run.status = .failed
            run.error = "\(error.code.rawValue): \(error.description)"
        }
        run.finishedAt = clock.now()
        try await store.finish(run)
        logger.info("sync run finished", metadata: [
            "accord.supplier": "\(supplier.id)", "accord.resource": "\(resource.name)", "accord.run": "\(run.id)",
            "accord.status": "\(run.status.rawValue)", "accord.pages": "\(run.pages)", "accord.records": "\(run.counts.seen)",
        ])
        return run
    }

    private func pages(_ resource: SyncResource, _ run: inout SyncRun, progress: @Sendable (SyncProgress) -> Void) async throws {
        guard let baseURL = settings.baseURL else { throw SyncError(.configuration, "supplier \(supplier.id) has no sync baseURL") }
        let authHeader: (name: String, value: String)?
        switch settings.authentication.header(environment: environment) {
        case .success(let header): authHeader = header
        case .failure(let problem): throw SyncError(.configuration, problem.description)
        }
        var filter: [String: String] = [:]
        if run.mode == .incremental, let watermark = resource.watermark, let since = run.watermarkBefore {
            filter = watermark.parameter(since: since.addingTimeInterval(-settings.overlap))
        }
        let paginator = Paginator(baseURL: baseURL, resource: resource, filter: filter)
        let reader = PageReader(
            supplier: supplier.id, channel: channel, run: run.id, resource: resource, paginator: paginator, authHeader: authHeader,
            timeout: settings.requestTimeout, transport: RetryingTransport(transport, clock: clock, breaker: breaker, budget: settings.retryBudget),
            adapter: adapter, store: store, processor: processor, clock: clock
        )
        // The next pages are read and normalised while this one commits (the machine's other cores).
        let ahead = PageReadAhead(reader, depth: settings.readAhead)
        var cursor: PageCursor? = run.checkpoint ?? paginator.first
        let started = clock.now()
        do {
            while let current = cursor {
                let (fetched, committed) = try await ahead.page(at: current)
                if let prepared = fetched.prepared, let tickets = prepared.tickets,
                   try await applyInOneCommit(fetched, prepared, tickets, committed: committed, resource: resource, &run, ahead: ahead) {
                    cursor = run.checkpoint
                } else {
                    cursor = try await applyThroughInbox(fetched, resource: resource, paginator: paginator, &run, ahead: ahead)
                }
                progress(SyncProgress(
                    supplier: supplier.id, resource: resource.name, pages: run.pages, records: run.counts.seen,
                    total: fetched.response.header("x-total-count").flatMap(Int.init), elapsed: clock.now().timeIntervalSince(started)
                ))
            }
        } catch {
            // A failed or cancelled run leaves no read in flight behind it (the store may close next).
            await ahead.stop()
            throw error
        }
        await ahead.stop()  // a guessed page past the end may still be in flight
        if let before = run.watermarkBefore { run.watermarkAfter = max(run.watermarkAfter ?? before, before) }
    }

    /// A page of readable tickets new to the inbox: its raw bytes, its tickets and the run's
    /// checkpoint in one write transaction. Returns `false` having written nothing when its bytes
    /// are in the inbox already or the apply failed: the page then goes through the inbox
    /// (``applyThroughInbox``), which records a failure.
    private func applyInOneCommit(
        _ fetched: FetchedPage, _ prepared: PreparedPage, _ tickets: PreparedTicketDelivery, committed: [SyncedRecord], resource: SyncResource,
        _ run: inout SyncRun, ahead: PageReadAhead
    ) async throws -> Bool {
        let result = prepared.result
        let known = prepared.known(after: committed)
        let outcome = PageOutcome(result, hashes: prepared.hashes, known: known, supplier: supplier.id, resource: resource.name, run: run.id, now: clock.now())
        // Counted and paginated once, when the page was read.
        let rows = fetched.body.rows
        warnIfUnmapped(rows: rows, result, resource: resource)
        let next = try fetched.body.next.get()
        var committedRun = run
        committedRun.checkpoint = next
        committedRun.pages += 1
        committedRun.counts = committedRun.counts + outcome.counts
        if let newest = outcome.newestUpdate { committedRun.watermarkAfter = max(committedRun.watermarkAfter ?? newest, newest) }
        let changed = changedRecords(outcome, known: known, run: run)
        let page = SyncPageCommit(run: committedRun, records: changed, page: outcome.syncedPage(contentHash: fetched.pageHash, rows: rows))
        ahead.start(next, committing: changed)
        do {
            try await processor.applyPrepared(tickets, syncPage: page)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            logger.debug("page goes through the inbox", metadata: ["accord.delivery": "\(fetched.delivery.deliveryID)", "accord.reason": "\(error)"])
            return false
        }
        run = committedRun
        return true
    }

    /// A page through the inbox: stored raw first (unless stored before), then normalised and
    /// applied; an identical page already applied is counted from its kept summary. Returns the
    /// next cursor (also the run's checkpoint, committed with the page).
    private func applyThroughInbox(
        _ fetched: FetchedPage, resource: SyncResource, paginator: Paginator, _ run: inout SyncRun, ahead: PageReadAhead
    ) async throws -> PageCursor? {
        let response = fetched.response
        let current = fetched.cursor
        let applied = try await storeAndApply(fetched.delivery)
        let isFull = run.mode == .full
        if applied == nil, let page = try await store.unchangedPage(supplier: supplier.id, resource: resource.name, contentHash: fetched.pageHash) {
            // The same bytes as a page read before, and every record it gave still holds that
            // content: counted without normalising; a full run stamps its records as seen.
            let next = try paginator.next(after: current, response: response, rows: page.rows)
            run.checkpoint = next
            ahead.start(next, committing: [])  // its stamps only move last-seen runs: a page read meanwhile may re-stamp a record, no more
            try await commit(&run, counts: page.counts, newest: page.newestUpdate) { run in
                try await store.commitUnchangedPage(run, page: page, markSeen: isFull)
            }
            return next
        }
        let result = applied ?? fetched.prepared?.result ?? adapter.normalize(response.body, contentType: fetched.delivery.contentType)
        let known = try await store.records(supplier: supplier.id, resource: resource.name, externalIDs: PageOutcome.externalIDs(result))
        let outcome = PageOutcome(result, known: known, supplier: supplier.id, resource: resource.name, run: run.id, now: clock.now())
        if !outcome.notices.isEmpty, let notices { try await notices.save(outcome.notices.map(noticeServices.linked)) }
        let rows = pageRows(result, body: response.body, resource: resource)
        warnIfUnmapped(rows: rows, result, resource: resource)
        let next = try paginator.next(after: current, response: response, rows: rows)
        run.checkpoint = next
        let changed = changedRecords(outcome, known: known, run: run)
        ahead.start(next, committing: changed)
        let page = outcome.syncedPage(contentHash: fetched.pageHash, rows: rows)
        try await commit(&run, counts: outcome.counts, newest: outcome.newestUpdate) { run in
            try await store.commitPage(run, records: changed, page: page)
        }
        return next
    }

    /// Full runs also mark every seen record (vanished detection must survive a resume);
    /// incremental runs write only records whose content changed.
    private func changedRecords(_ outcome: PageOutcome, known: [String: SyncedRecord], run: SyncRun) -> [SyncedRecord] {
        let isFull = run.mode == .full
        return outcome.records.filter { known[$0.externalID]?.contentHash != $0.contentHash || (isFull && known[$0.externalID]?.lastSeenRun != run.id) }
    }

    /// A page whose rows no adapter rule took is most likely a configuration that no longer fits
    /// the source (ServiceNow's `sysparm_display_value=true` turns `sys_class_name` into
    /// "Incident"): said in the log, since the run itself has nothing to count. Some rows of a
    /// page skipped is ordinary routing (`when`) and is not.
    private func warnIfUnmapped(rows: Int, _ result: NormalizationResult, resource: SyncResource) {
        guard rows > 0, result.records.isEmpty, result.documentDiagnostics.isEmpty else { return }
        logger.warning("no adapter rule took any of the page's rows: nothing of it is applied", metadata: [
            "accord.supplier": "\(supplier.id)", "accord.resource": "\(resource.name)", "accord.rows": "\(rows)",
            "accord.adapter": "\(adapter.name)",
        ])
    }

    private func pageRows(_ result: NormalizationResult, body: Data, resource: SyncResource) -> Int {
        PageOutcome.rows(result, body: body, pageSize: resource.pagination.pageSize)
    }

    /// Adds a page to the run and commits it (with its checkpoint, already set) through `write`.
    private func commit(_ run: inout SyncRun, counts: SyncCounts, newest: Date?, _ write: (SyncRun) async throws -> Void) async throws {
        run.pages += 1
        run.counts = run.counts + counts
        if let newest { run.watermarkAfter = max(run.watermarkAfter ?? newest, newest) }
        try await write(run)
    }

    /// Stores the raw page first, then normalises and applies it, unless it was stored before:
    /// then it is applied already, unless a killed run stored it and stopped before applying (it is
    /// still pending then, and is applied now). Returns the normalisation when it applied the page
    /// (the page's counts are made from it too), `nil` when the page was applied before. A page
    /// that could not be applied fails the run (the watermark and checkpoint stay before it); the
    /// page stays in the inbox with its error, to be retried or replayed.
    private func storeAndApply(_ delivery: InboxDelivery) async throws -> NormalizationResult? {
        let entryID: Int64
        switch try await inbox.accept([delivery]).first {
        case .accepted(let id)?, .duplicate(let id)?: entryID = id
        case .conflict?, nil: return nil
        }
        guard let entry = try await inbox.entry(entryID) else { return nil }
        func page() -> String { "page \(delivery.headers["x-accord-sync-page"] ?? "?") (inbox entry \(entryID))" }
        if entry.status == .dead {
            throw SyncError(.pageNotApplied, "\(page()) is a dead letter: \(entry.lastError ?? "unknown error"); replay it with `accord inbox replay \(entryID)` after fixing the cause")
        }
        guard entry.status == .pending else { return nil }
        let result = adapter.normalize(entry.delivery.body, contentType: entry.delivery.contentType)
        let applied = await processor.process(entry, normalized: result, now: clock.now())
        try Task.checkCancellation()  // a shutdown cut the apply short: the page stays pending, uncounted
        guard applied else {
            let error = try await inbox.entry(entryID)?.lastError ?? "unknown error"
            throw SyncError(.pageNotApplied, "\(page()) could not be applied: \(error); it stays in the inbox (`accord inbox list`)")
        }
        return result
    }

    private func applyMissingPolicy(_ run: inout SyncRun) async throws {
        let missing = try await store.unseenRecords(supplier: supplier.id, resource: run.resource, run: run.id)
        guard !missing.isEmpty else { return }
        run.counts.vanished = missing.count
        var updated: [SyncedRecord] = []
        var deleted: [String] = []
        var retire: [SyncedRecord] = []
        switch settings.missingRecords {
        case .ignore:
            break
        case .retireAfter(let runs):
            for var record in missing {
                record.missingRuns += 1
                if record.missingRuns >= runs, !record.retired {
                    record.retired = true
                    retire.append(record)
                }
                updated.append(record)
            }
        case .delete:
            deleted = missing.map(\.externalID)
        }
        try await vanished.retire(retire, supplier.id, clock.now())
        // Deleted at the source: the hub's copies go (CIs; tickets stay as evidence and are only
        // counted as vanished), and the records leave the known set so they are not reported again.
        let deletedIDs = Set(deleted)
        let removed = try await vanished.delete(missing.filter { deletedIDs.contains($0.externalID) }, supplier.id, clock.now())
        try await store.updateMissing(updated, deleted: deleted, supplier: supplier.id, resource: run.resource)
        run.counts.retired = retire.count
        run.counts.deleted = removed
        logger.warning("records vanished at the source", metadata: [
            "accord.supplier": "\(supplier.id)", "accord.resource": "\(run.resource)", "accord.vanished": "\(missing.count)",
            "accord.retired": "\(retire.count)", "accord.deleted": "\(deleted.count)",
        ])
    }
}
