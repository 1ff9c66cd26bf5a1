import AccordCore
import AccordFederation
import Foundation
import Hummingbird

/// Read-only federated CMDB routes, behind bearer tokens.
///
/// A supplier principal sees only CIs with one of its own source records (others answer 404, as
/// if they did not exist), and of those only its own values, source records and relationships;
/// impact and conflicts span suppliers and are for the integrator and admins (403 otherwise).
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

    func addRoutes(to router: RouterGroup<AccordRequestContext>) {
        router.get("/api/v1/cis") { request, context in try await list(request, principal: context.requirePrincipal()) }
        router.get("/api/v1/cis/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            let supplier = try context.requirePrincipal().supplier
            guard let found = try await cmdb.golden(CIID(id), now: now()), supplier.map(found.record.hasSource(from:)) ?? true else {
                throw AccordHTTPError.ciNotFound(id)
            }
            guard let supplier else { return try CMDBJSON.response(CIDetailBody(ci: found.record, sourceRecords: found.sources.map(\.item))) }
            let own = found.sources.map(\.item).filter { $0.supplier == supplier }
            return try CMDBJSON.response(CIDetailBody(ci: found.record.supplierView(supplier), sourceRecords: own))
        }
        router.get("/api/v1/cis/:id/relationships") { request, context in
            let supplier = try context.requirePrincipal().supplier
            let id = try await existing(context.parameters.get("id") ?? "", visibleTo: supplier)
            let depth = try CMDBQueryParameters(request).integer("depth", in: 1...10, default: 1, code: "cmdb.invalid_depth")
            let edges = try await cmdb.relationships(of: id, depth: depth).filter { edge in supplier.map { edge.relationship.supplier == $0 } ?? true }
            return try CMDBJSON.response(RelationshipsBody(ci: id, depth: depth, relationships: edges.map(RelationshipBody.init)))
        }
        router.get("/api/v1/cis/:id/impact") { request, context in
            try Self.requireIntegrator(context)
            let id = try await existing(context.parameters.get("id") ?? "", visibleTo: nil)
            let depth = try CMDBQueryParameters(request).integer("depth", in: 1...50, default: 10, code: "cmdb.invalid_depth")
            return try CMDBJSON.response(try await cmdb.impact(of: id, maxDepth: depth))
        }
        router.get("/api/v1/cmdb/conflicts") { _, context in
            try Self.requireIntegrator(context)
            return try CMDBJSON.response(ConflictsBody(conflicts: try await cmdb.conflicts()))
        }
    }

    private static func requireIntegrator(_ context: AccordRequestContext) throws {
        guard try context.requirePrincipal().supplier == nil else {
            throw AccordHTTPError.forbidden("this view spans suppliers; it is open to integrator and admin tokens")
        }
    }

    private func list(_ request: Request, principal: Principal) async throws -> Response {
        let parameters = CMDBQueryParameters(request)
        let offset = try parameters.integer("offset", in: 0...Int(Int32.max), default: 0, code: "cmdb.invalid_offset")
        let limit = try parameters.integer("limit", in: 1...maxPageSize, default: min(100, maxPageSize), code: "cmdb.invalid_limit")
        var supplier = try parameters.supplier()
        // Every parameter is checked before the answer can be known to be empty.
        let identifier = try parameters.identifier()
        if let own = principal.supplier {
            // A supplier filtering by another supplier finds nothing, exactly as if it had no CIs.
            if let asked = supplier, asked != own { return try CMDBJSON.response(ListBody(items: [], offset: offset, limit: limit, hasMore: false)) }
            supplier = own
        }
        let query = CIQuery(
            ciClass: parameters.query["class"], identifier: identifier, supplier: supplier,
            text: parameters.query["q"], offset: offset, limit: limit + 1
        )
        let found = try await cmdb.search(query, now: now())
        let items = Array(found.prefix(limit)).map { record in principal.supplier.map(record.supplierView) ?? record }
        return try CMDBJSON.response(ListBody(items: items, offset: offset, limit: limit, hasMore: found.count > limit))
    }

    private func existing(_ id: String, visibleTo supplier: SupplierID?) async throws -> CIID {
        guard let cluster = try await cmdb.store.cluster(CIID(id)) else { throw AccordHTTPError.ciNotFound(id) }
        if let supplier, !cluster.members.contains(where: { $0.supplier == supplier }) { throw AccordHTTPError.ciNotFound(id) }
        return CIID(id)
    }
}
