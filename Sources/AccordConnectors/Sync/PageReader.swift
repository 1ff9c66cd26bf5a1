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
        var headers = ["Accept": resource.contentType]
        if let authHeader { headers[authHeader.name] = authHeader.value }
        let response = try await transport.send(HTTPRequest(url: paginator.url(for: cursor), headers: headers, timeout: timeout))
        let contentType = response.header("content-type") ?? resource.contentType
        let pageHash = RecordHash.hex(response.body)
        let delivery = InboxDelivery(
            supplier: supplier, channel: channel, deliveryID: "sync-\(resource.name)-\(pageHash)", receivedAt: clock.now(),
            contentType: contentType, headers: ["x-accord-sync-run": "\(run)", "x-accord-sync-page": "\(cursor.pageIndex)"], body: response.body
        )
        let fetched = FetchedPage(cursor: cursor, response: response, delivery: delivery, pageHash: pageHash, prepared: nil)
        guard try await store.unchangedPage(supplier: supplier, resource: resource.name, contentHash: pageHash) == nil else { return fetched }
        try Task.checkCancellation()
        let result = adapter.normalize(response.body, contentType: contentType)
        // A page that cannot be planned here (not only readable tickets, or a plan that throws)
        // goes through the inbox, which records why.
        // Hashing the records and planning the tickets are independent: both cores, when free.
        async let hashing = PageOutcome.hashes(result)
        let tickets = try? await processor.prepareStoring(delivery, normalized: result, now: clock.now())
        // Read while the previous page may still be committing: see ``PreparedPage/known(after:)``.
        let known = try await store.records(supplier: supplier, resource: resource.name, externalIDs: PageOutcome.externalIDs(result))
        return FetchedPage(
            cursor: cursor, response: response, delivery: delivery, pageHash: pageHash,
            prepared: PreparedPage(result: result, hashes: await hashing, tickets: tickets ?? nil, known: known)
        )
    }
}

/// The next page, read while the current one commits: at most one read in flight, and the record
/// hashes the committing page writes (that read's known-record lookup may have missed them).
/// Used by one sync run's task only.
final class PageReadAhead {
    private let reader: PageReader
    private var pending: (cursor: PageCursor, task: Task<FetchedPage, any Error>)?
    private var committing: [SyncedRecord] = []

    init(_ reader: PageReader) { self.reader = reader }

    /// Starts reading `next` while the page writing `records` commits. A page that fell back to the
    /// inbox's path asks again for the same successor: its read in flight is kept.
    func start(_ next: PageCursor?, committing records: [SyncedRecord]) {
        committing = records
        if let pending, pending.cursor == next { return }
        pending?.task.cancel()
        pending = next.map { [reader] next in (next, Task { try await reader.read(next) }) }
    }

    /// The page at `cursor` with the record hashes committed while it was read: from the read in
    /// flight when it is that page's, else read now (nothing committed meanwhile).
    func page(at cursor: PageCursor) async throws -> (FetchedPage, committed: [SyncedRecord]) {
        let inFlight = pending
        pending = nil
        guard let inFlight, inFlight.cursor == cursor else {
            inFlight?.task.cancel()
            return (try await reader.read(cursor), [])
        }
        let task = inFlight.task
        return (try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }, committing)
    }

    /// Cancels the read in flight, if any, and waits for it to stop.
    func stop() async {
        guard let task = pending?.task else { return }
        pending = nil
        task.cancel()
        _ = await task.result
    }
}

/// A page as read from the supplier.
struct FetchedPage: Sendable {
    let cursor: PageCursor
    let response: HTTPResponse
    /// The page as an inbox delivery (id `sync-<resource>-<sha256>`).
    let delivery: InboxDelivery
    /// SHA-256 (hex) of the body: the delivery id's suffix and the page summary's key.
    let pageHash: String
    /// `nil` when a page with these bytes was kept before (likely unchanged).
    let prepared: PreparedPage?
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
