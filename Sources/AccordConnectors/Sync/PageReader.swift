import AccordCore
import AccordMapping
import Foundation

/// Reads one page of a resource from the supplier and, unless a page with the same bytes was kept
/// before (an unchanged re-run counts those without normalising), normalises it, hashes its
/// records and plans its tickets: the work that runs while the previous page commits.
struct PageReader: Sendable {
    let supplier: SupplierID
    let channel: Channel
    let run: Int64
    let resource: SyncResource
    let paginator: Paginator
    let authHeader: (name: String, value: String)?
    let timeout: TimeInterval
    let transport: RetryingTransport
    let adapter: Adapter
    let store: any SyncStore
    let processor: InboxProcessor
    let clock: any SyncClock

    func read(_ cursor: PageCursor) async throws -> FetchedPage {
        try await prepare(try await fetch(cursor))
    }

    /// Fetches the page and, unless its bytes were kept before, normalises it: enough to tell
    /// which page comes next.
    func fetch(_ cursor: PageCursor) async throws -> FetchedBody {
        try Task.checkCancellation()
        var headers = ["Accept": resource.contentType]
        if let authHeader { headers[authHeader.name] = authHeader.value }
        let response = try await transport.send(HTTPRequest(url: paginator.url(for: cursor), headers: headers, timeout: timeout))
        let contentType = response.header("content-type") ?? resource.contentType
        let pageHash = RecordHash.hex(response.body)
        let delivery = InboxDelivery(
            supplier: supplier, channel: channel, deliveryID: "sync-\(resource.name)-\(pageHash)", receivedAt: clock.now(),
            contentType: contentType, headers: ["x-accord-sync-run": "\(run)", "x-accord-sync-page": "\(cursor.pageIndex)"], body: response.body
        )
        func body(_ result: NormalizationResult?, rows: Int) -> FetchedBody {
            FetchedBody(
                cursor: cursor, response: response, delivery: delivery, pageHash: pageHash, result: result, rows: rows,
                next: Result { try paginator.next(after: cursor, response: response, rows: rows) }
            )
        }
        if let kept = try await store.unchangedPage(supplier: supplier, resource: resource.name, contentHash: pageHash) {
            return body(nil, rows: kept.rows)
        }
        try Task.checkCancellation()
        let result = adapter.normalize(response.body, contentType: contentType)
        return body(result, rows: PageOutcome.rows(result, body: response.body, pageSize: resource.pagination.pageSize))
    }

    /// Hashes a normalised page's records, plans its tickets and looks up its known records.
    func prepare(_ body: FetchedBody) async throws -> FetchedPage {
        try Task.checkCancellation()
        guard let result = body.result else { return FetchedPage(body, prepared: nil) }
        // A page that cannot be planned here (not only readable tickets, or a plan that throws)
        // goes through the inbox, which records why.
        // Hashing the records and planning the tickets are independent: both cores, when free.
        async let hashing = PageOutcome.hashes(result)
        let tickets = try? await processor.prepareStoring(body.delivery, normalized: result, now: clock.now())
        // Read while earlier pages may still be committing: see ``PreparedPage/known(after:)``.
        let known = try await store.records(supplier: supplier, resource: resource.name, externalIDs: PageOutcome.externalIDs(result))
        return FetchedPage(body, prepared: PreparedPage(result: result, hashes: await hashing, tickets: tickets ?? nil, known: known))
    }
}

/// A page as fetched and normalised, before its records are hashed and planned.
struct FetchedBody: Sendable {
    let cursor: PageCursor
    let response: HTTPResponse
    let delivery: InboxDelivery
    let pageHash: String
    /// `nil` when a page with these bytes was kept before (likely unchanged): not normalised.
    let result: NormalizationResult?
    /// The page's raw row count (from its normalisation, or the kept page's summary).
    let rows: Int
    /// The cursor after this page as its rows and response name it, or why it cannot be told.
    let next: Result<PageCursor?, any Error>

    /// What the run will ask for next, unless the page is applied differently; `nil` on the last
    /// page or when it cannot be told.
    var predictedNext: PageCursor? { (try? next.get()) ?? nil }
}

/// The next pages, read while the current one commits: up to `depth` reads in flight, so that a
/// slow supplier API answers several requests at once. With offset or page-number paging the
/// later reads fetch the next full pages at once (``Paginator/guessedNext(after:)``; a short page
/// cancels the guesses after it); otherwise each fetches the page its predecessor names as next
/// (``FetchedBody/predictedNext``) as soon as that one is fetched and normalised. Each read
/// carries the record hashes committed since it started (its known-record lookup may have missed
/// them). Used by one sync run's task only.
final class PageReadAhead {
    private struct Read {
        /// `nil` until the read before it is fetched (it reads that page's predicted successor).
        var cursor: PageCursor?
        let fetched: Task<FetchedBody?, any Error>
        let prepared: Task<FetchedPage?, any Error>
        /// Records of the pages that started committing since this read started.
        var committed: [SyncedRecord]

        func cancel() {
            fetched.cancel()
            prepared.cancel()
        }
    }

    private let reader: PageReader
    private let depth: Int
    private var reads: [Read] = []
    /// Waits for the cancelled reads (a guess that missed), awaited by ``stop()`` so none outlives
    /// the run; they keep no page once their read has stopped.
    private var abandoned: [Task<Void, Never>] = []
    /// The supplier's `X-Total-Count` on the latest page taken, which bounds guessed offsets.
    private var total: Int?

    init(_ reader: PageReader, depth: Int = 1) {
        self.reader = reader
        self.depth = max(1, depth)
    }

    /// Reads ahead from `next` while the page writing `records` commits. Reads in flight that
    /// start at `next` are kept (a page that fell back to the inbox's path asks again for the same
    /// successor); any others are cancelled.
    func start(_ next: PageCursor?, committing records: [SyncedRecord]) {
        for index in reads.indices { reads[index].committed += records }
        if let first = reads.first, first.cursor != next { cancelAll() }
        guard let next else { return }
        if reads.isEmpty { reads.append(read(cursor: next, committed: records) { next }) }
        while reads.count < depth, let previous = reads.last {
            if let guess = previous.cursor.flatMap({ reader.paginator.guessedNext(after: $0, total: total) }) {
                reads.append(read(cursor: guess, committed: records) { guess })
            } else {
                reads.append(read(cursor: nil, committed: records) { try await previous.fetched.value?.predictedNext })
            }
        }
    }

    /// The page at `cursor` with the record hashes committed while it was read: from the reads in
    /// flight when the first is that page's, else read now (nothing committed meanwhile).
    func page(at cursor: PageCursor) async throws -> (FetchedPage, committed: [SyncedRecord]) {
        var taken: (FetchedPage, committed: [SyncedRecord])?
        if let first = reads.first, first.cursor == cursor {
            reads.removeFirst()
            let page = try await withTaskCancellationHandler { try await first.prepared.value } onCancel: { first.cancel() }
            if let page, page.cursor == cursor {
                if !reads.isEmpty, reads[0].cursor == nil { reads[0].cursor = page.predictedNext }
                taken = (page, first.committed)
            }
        }
        if taken == nil {
            cancelAll()
            taken = (try await reader.read(cursor), [])
        }
        total = taken?.0.response.header("x-total-count").flatMap(Int.init)
        return taken!
    }

    /// Cancels the reads in flight, if any, and waits for them (and any cancelled before) to stop.
    func stop() async {
        cancelAll()
        let stopping = abandoned
        abandoned.removeAll()
        for waiter in stopping { await waiter.value }
    }

    /// A read of the page `cursor` gives (`nil`: none, nothing is read).
    private func read(cursor: PageCursor?, committed: [SyncedRecord], _ page: @escaping @Sendable () async throws -> PageCursor?) -> Read {
        let fetched = Task { [reader] () async throws -> FetchedBody? in
            guard let cursor = try await page() else { return nil }
            return try await reader.fetch(cursor)  // checks for cancellation first
        }
        let prepared = Task { [reader] () async throws -> FetchedPage? in
            guard let body = try await fetched.value else { return nil }
            return try await reader.prepare(body)
        }
        return Read(cursor: cursor, fetched: fetched, prepared: prepared, committed: committed)
    }

    private func cancelAll() {
        for read in reads {
            read.cancel()
            abandoned.append(Task { [fetched = read.fetched, prepared = read.prepared] in
                _ = await fetched.result
                _ = await prepared.result
            })
        }
        reads.removeAll()
    }
}

/// A page as read from the supplier: fetched, and (unless kept before) normalised and planned.
struct FetchedPage: Sendable {
    let body: FetchedBody
    /// `nil` when a page with these bytes was kept before (likely unchanged).
    let prepared: PreparedPage?

    init(_ body: FetchedBody, prepared: PreparedPage?) {
        self.body = body
        self.prepared = prepared
    }

    var cursor: PageCursor { body.cursor }
    var response: HTTPResponse { body.response }
    /// The page as an inbox delivery (id `sync-<resource>-<sha256>`).
    var delivery: InboxDelivery { body.delivery }
    /// SHA-256 (hex) of the body: the delivery id's suffix and the page summary's key.
    var pageHash: String { body.pageHash }
    var predictedNext: PageCursor? { body.predictedNext }
}

/// A page's normalisation, its records' content hashes and (for a page of readable tickets) its
/// planned apply, made ahead of its commit.
struct PreparedPage: Sendable {
    let result: NormalizationResult
    let hashes: [String?]
    let tickets: PreparedTicketDelivery?
    /// The page's records as the hub knew them when the page was read.
    let known: [String: SyncedRecord]

    /// The page's known records once `committed` (the record hashes of the page that was
    /// committing while this one was read, the only writes it may have missed) are in.
    func known(after committed: [SyncedRecord]) -> [String: SyncedRecord] {
        guard !committed.isEmpty else { return known }
        let ids = Set(PageOutcome.externalIDs(result))
        var known = known
        for record in committed where ids.contains(record.externalID) { known[record.externalID] = record }
        return known
    }
}
