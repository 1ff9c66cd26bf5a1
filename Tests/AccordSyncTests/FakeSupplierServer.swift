import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A fake supplier API with faults, served in-process. Two collections over the same incidents:
/// `/api/now/table/incident` pages like the ServiceNow Table API (`sysparm_offset`/`sysparm_limit`,
/// `X-Total-Count`, `Link`), `/api/cursor/incidents` pages by a keyset cursor in the body.
actor FakeSupplier {
    struct Incident: Sendable, Equatable {
        var sysID: String
        var title: String
        var state: String
        var updated: Int  // seconds after 2024-01-01T00:00:00Z
    }

    /// Per-request fault odds (out of 100) for a seeded run.
    struct Faults: Sendable {
        var serverError = 0
        var tooManyRequests = 0
        var timeout = 0
        var changeBetweenPages = 0
        var dropMidBody = 0
        /// At most this many slow (timeout) responses, since each one really waits.
        var maxTimeouts = 1
    }

    private(set) var incidents: [String: Incident] = [:]
    private var random: SplitMix64
    var faults = Faults()
    private var timeouts = 0
    private var clockSeconds = 1_000
    private(set) var requests = 0

    init(seed: UInt64, count: Int) {
        var generator = SplitMix64(seed: seed)
        var seconds = 1_000
        var seeded: [String: Incident] = [:]
        for _ in 0..<count {
            seconds += 60
            let id = String(format: "%032llx", generator.next() & 0x0000_FFFF_FFFF_FFFF)
            seeded[id] = Incident(sysID: id, title: "Incident \(id.suffix(6))", state: ["1", "2", "6"][Int(generator.next() % 3)], updated: seconds)
        }
        random = generator
        incidents = seeded
        clockSeconds = seconds
    }

    func setFaults(_ faults: Faults) { self.faults = faults }

    @discardableResult
    func insertIncident() -> Incident {
        clockSeconds += 60
        let id = String(format: "%032llx", random.next() & 0x0000_FFFF_FFFF_FFFF)
        let incident = Incident(sysID: id, title: "Incident \(id.suffix(6))", state: ["1", "2", "6"][Int(random.next() % 3)], updated: clockSeconds)
        incidents[id] = incident
        return incident
    }

    func changeRandomIncident() {
        clockSeconds += 60
        let ids = incidents.keys.sorted()
        guard !ids.isEmpty else { return }
        let id = ids[Int(random.next() % UInt64(ids.count))]
        incidents[id]?.title = "Changed \(clockSeconds)"
        incidents[id]?.updated = clockSeconds
    }

    /// The newest `sys_updated_on` as a date.
    var newestUpdate: Date { FakeSupplier.date(incidents.values.map(\.updated).max() ?? 0) }

    static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: 1_704_067_200 + TimeInterval(seconds)) }

    enum Fault { case none, serverError, tooManyRequests(Int), timeout, dropMidBody }

    func nextFault() -> Fault {
        requests += 1
        func roll(_ odds: Int) -> Bool { odds > 0 && Int(random.next() % 100) < odds }
        if roll(faults.changeBetweenPages) { Bool.random(using: &random) ? changeRandomIncident() : { _ = insertIncident() }() }
        if roll(faults.serverError) { return .serverError }
        if roll(faults.tooManyRequests) { return .tooManyRequests(Int(1 + random.next() % 30)) }
        if timeouts < faults.maxTimeouts, roll(faults.timeout) {
            timeouts += 1
            return .timeout
        }
        if roll(faults.dropMidBody) { return .dropMidBody }
        return .none
    }

    /// Incidents in sys_id order updated at or after `since` (seconds).
    func ordered(since: Int?) -> [Incident] {
        incidents.values.filter { incident in since.map { incident.updated >= $0 } ?? true }.sorted { $0.sysID < $1.sysID }
    }

    static func json(_ incidents: [Incident], extra: String = "") -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let rows = incidents.map { incident in
            """
            {"sys_id":"\(incident.sysID)","sys_class_name":"incident","number":"INC\(incident.sysID.suffix(7))",\
            "short_description":"\(incident.title)","state":"\(incident.state)","priority":"3",\
            "opened_at":"2023-12-31 10:00:00","sys_updated_on":"\(formatter.string(from: date(incident.updated)))"}
            """
        }
        return "{\"result\":[\(rows.joined(separator: ","))]\(extra)}"
    }
}

/// The Hummingbird routes of a ``FakeSupplier``.
enum FakeSupplierServer {
    static func router(_ supplier: FakeSupplier) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/api/now/table/incident") { request, _ -> Response in
            if let faulty = try await fault(supplier) { return faulty }
            let offset = request.uri.queryParameters.get("sysparm_offset").flatMap { Int($0) } ?? 0
            let limit = request.uri.queryParameters.get("sysparm_limit").flatMap { Int($0) } ?? 100
            let all = await supplier.ordered(since: since(request))
            let page = Array(all.dropFirst(offset).prefix(limit))
            var headers: HTTPFields = [.contentType: "application/json"]
            headers[HTTPField.Name("X-Total-Count")!] = String(all.count)
            if offset + limit < all.count {
                headers[HTTPField.Name("Link")!] = "<http://\(request.head.authority ?? "127.0.0.1")\(request.uri.path)?sysparm_offset=\(offset + limit)&sysparm_limit=\(limit)>; rel=\"next\""
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: FakeSupplier.json(page))))
        }
        router.get("/api/cursor/incidents") { request, _ -> Response in
            if let faulty = try await fault(supplier) { return faulty }
            let after = request.uri.queryParameters.get("cursor").map { String($0) } ?? ""
            let limit = request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 100
            let all = await supplier.ordered(since: since(request)).filter { $0.sysID > after }
            let page = Array(all.prefix(limit))
            let next = all.count > limit ? ",\"meta\":{\"next\":\"\(page.last?.sysID ?? "")\"}" : ",\"meta\":{\"next\":null}"
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: FakeSupplier.json(page, extra: next))))
        }
        return router
    }

    /// `sysparm_query=sys_updated_on>=2024-01-01 00:10:00` or `updated_since=<same format>` as fake seconds.
    private static func since(_ request: Request) -> Int? {
        let text = request.uri.queryParameters.get("sysparm_query").map { String($0) } ?? request.uri.queryParameters.get("updated_since").map { String($0) }
        guard let text else { return nil }
        let value = text.components(separatedBy: ">=").last ?? text
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        guard let date = formatter.date(from: value) else { return nil }
        return Int(date.timeIntervalSince1970 - 1_704_067_200)
    }

    private static func fault(_ supplier: FakeSupplier) async throws -> Response? {
        switch await supplier.nextFault() {
        case .none:
            return nil
        case .serverError:
            return Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: "{\"error\":\"boom\"}")))
        case .tooManyRequests(let seconds):
            return Response(status: .tooManyRequests, headers: [.retryAfter: String(seconds)])
        case .timeout:
            try await Task.sleep(for: .seconds(3))
            return Response(status: .internalServerError)
        case .dropMidBody:
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(contentLength: 4_096) { writer in
                    try await writer.write(ByteBuffer(string: "{\"result\":[{\"sys_id\":\"trunc"))
                    throw CancellationError()
                }
            )
        }
    }
}
