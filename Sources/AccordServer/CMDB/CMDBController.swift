import AccordCore
import AccordFederation
import Foundation
import Hummingbird

/// Read-only federated CMDB routes (no authentication yet; the API issue adds tokens).
///
/// - `GET /api/v1/cis?class=&identifier=KIND:VALUE&supplier=&q=&offset=&limit=`: golden CIs, paged.
/// - `GET /api/v1/cis/{id}`: golden record with provenance, and its source records.
/// - `GET /api/v1/cis/{id}/relationships?depth=N`: relationships within N steps (1–10, default 1).
/// - `GET /api/v1/cis/{id}/impact?depth=N`: affected CIs and services (depth 1–50, default 10).
/// - `GET /api/v1/cmdb/conflicts`: open conflicts.
struct CMDBController: Sendable {
    let cmdb: FederatedCMDB
    let maxPageSize: Int
    var now: @Sendable () -> Date = { Date() }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/api/v1/cis") { request, _ in try await list(request) }
        router.get("/api/v1/cis/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let found = try await cmdb.golden(CIID(id), now: now()) else { throw AccordHTTPError.ciNotFound(id) }
            return try CMDBJSON.response(CIDetailBody(ci: found.record, sourceRecords: found.sources.map(\.item)))
        }
        router.get("/api/v1/cis/:id/relationships") { request, context in
            let id = try await existing(context.parameters.get("id") ?? "")
            let depth = try CMDBQueryParameters(request).integer("depth", in: 1...10, default: 1, code: "cmdb.invalid_depth")
            let edges = try await cmdb.relationships(of: id, depth: depth)
            return try CMDBJSON.response(RelationshipsBody(ci: id, depth: depth, relationships: edges.map(RelationshipBody.init)))
        }
        router.get("/api/v1/cis/:id/impact") { request, context in
            let id = try await existing(context.parameters.get("id") ?? "")
            let depth = try CMDBQueryParameters(request).integer("depth", in: 1...50, default: 10, code: "cmdb.invalid_depth")
            return try CMDBJSON.response(try await cmdb.impact(of: id, maxDepth: depth))
        }
        router.get("/api/v1/cmdb/conflicts") { _, _ in
            try CMDBJSON.response(ConflictsBody(conflicts: try await cmdb.conflicts()))
        }
    }

    private func list(_ request: Request) async throws -> Response {
        let parameters = CMDBQueryParameters(request)
        let offset = try parameters.integer("offset", in: 0...Int(Int32.max), default: 0, code: "cmdb.invalid_offset")
        let limit = try parameters.integer("limit", in: 1...maxPageSize, default: min(100, maxPageSize), code: "cmdb.invalid_limit")
        let query = CIQuery(
            ciClass: parameters.query["class"], identifier: try parameters.identifier(), supplier: try parameters.supplier(),
            text: parameters.query["q"], offset: offset, limit: limit + 1
        )
        let found = try await cmdb.search(query, now: now())
        return try CMDBJSON.response(ListBody(items: Array(found.prefix(limit)), offset: offset, limit: limit, hasMore: found.count > limit))
    }

    private func existing(_ id: String) async throws -> CIID {
        guard try await cmdb.store.cluster(CIID(id)) != nil else { throw AccordHTTPError.ciNotFound(id) }
        return CIID(id)
    }
}
