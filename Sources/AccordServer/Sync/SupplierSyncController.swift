import AccordConfig
import AccordConnectors
import AccordCore
import Foundation
import Hummingbird

/// `GET /api/v1/suppliers/{id}/sync`: a supplier's recent sync runs, each resource's watermark and
/// its freshness against the schedule (an overdue feed carries a warning).
///
/// A supplier token sees only its own supplier; any other id answers `sync.supplier_not_found`,
/// exactly like a supplier that does not exist or is not synced. Integrator and admin tokens see all.
struct SupplierSyncController: Sendable {
    let configuration: AccordConfiguration
    let store: (any SyncStore)?
    let now: @Sendable () -> Date
    /// How many recent runs the answer lists.
    var runLimit = 50

    func addRoutes(to router: RouterGroup<AccordRequestContext>) {
        router.get("/api/v1/suppliers/:id/sync") { _, context in
            let asked = context.parameters.get("id") ?? ""
            let principal = try context.requirePrincipal()
            guard let id = SupplierID(asked), principal.supplier.map({ $0 == id }) ?? true,
                  let sync = configuration.supplier(id)?.sync, let store else {
                throw AccordHTTPError.syncSupplierNotFound(asked)
            }
            let runs = try await store.runs(supplier: id, limit: runLimit)
            var resources: [SupplierSyncBody.Resource] = []
            for resource in sync.resources {
                resources.append(SupplierSyncBody.Resource(
                    name: resource.name, watermark: try await store.watermark(supplier: id, resource: resource.name),
                    lastRun: runs.first { $0.resource == resource.name }
                ))
            }
            let freshness = SyncFreshness(
                schedule: sync.schedule, runs: runs, lastImportedFile: try await store.lastImportedFile(supplier: id), now: now()
            )
            let body = SupplierSyncBody(
                supplier: id, schedule: sync.schedule.text, mode: sync.mode, fileDrop: sync.fileDrop != nil, freshness: freshness,
                warnings: freshness.overdue ? [freshness.summary] : [], resources: resources, runs: runs
            )
            return try CMDBJSON.response(body)
        }
    }
}

/// The body of `GET /api/v1/suppliers/{id}/sync`.
struct SupplierSyncBody: Encodable {
    struct Resource: Encodable {
        let name: String
        /// Where the last completed run got to (newest `updatedAt` seen); `null` before the first.
        let watermark: Date?
        let lastRun: SyncRun?
    }

    let supplier: SupplierID
    let schedule: String
    let mode: SyncMode
    let fileDrop: Bool
    let freshness: SyncFreshness
    /// `WARNING overdue: …` when the last successful run is older than the schedule allows.
    let warnings: [String]
    let resources: [Resource]
    /// Newest first.
    let runs: [SyncRun]
}

extension SyncSchedule {
    /// `cron 0 2 * * * Europe/London` or `every 900s`.
    var text: String {
        switch self {
        case .cron(let expression, let zone): "cron \(expression) \(zone.identifier)"
        case .interval(let seconds): "every \(Int(seconds))s"
        }
    }
}

extension AccordHTTPError {
    /// No synced supplier with that id that the principal may see.
    static func syncSupplierNotFound(_ id: String) -> AccordHTTPError {
        AccordHTTPError(.notFound, code: "sync.supplier_not_found", message: "no synced supplier '\(id)'")
    }
}
