import AccordConfig
import AccordCore
import AccordReconciliation
import Foundation
import Hummingbird

/// The reconciliation REST routes, behind API tokens:
/// - `GET /api/v1/suppliers/{id}/scorecard?period=` — the supplier's OLA scorecards;
/// - `GET /api/v1/services/{id}/sla?period=` — a service's SLA scorecard, availability and breach attribution;
/// - `POST /api/v1/suppliers/{id}/reports?period=` — a supplier's own figures (CSV or JSON), kept raw;
/// - `GET /api/v1/suppliers/{id}/discrepancies?period=` — that report against the ledger.
///
/// A supplier token sees only its own supplier and no service SLA: anything else answers 404,
/// exactly like an id that does not exist. `period` defaults to the current month.
struct ReconciliationController: Sendable {
    let service: ReconciliationService
    let maxRequestBytes: Int
    let now: @Sendable () -> Date

    func addRoutes(to router: RouterGroup<AccordRequestContext>) {
        router.get("/api/v1/suppliers/:id/scorecard") { request, context in
            let id = try ownSupplier(context)
            let cards = try await mapped { try await service.olaScorecards(supplier: id, period: period(request)) }
            return try CMDBJSON.response(SupplierScorecardBody(supplier: id, scorecards: cards))
        }
        router.get("/api/v1/services/:id/sla") { request, context in
            let id = context.parameters.get("id") ?? ""
            guard try context.requirePrincipal().supplier == nil else { throw ReconciliationError.unknownService(id).http }
            let text = period(request)
            return try CMDBJSON.response(try await mapped { try await service.slaReport(service: id, period: text, now: now()) })
        }
        router.post("/api/v1/suppliers/:id/reports") { request, context in
            let id = try ownSupplier(context)
            guard let text = request.uri.queryParameters.get("period") else {
                throw ReconciliationError.invalidPeriod("the query parameter 'period' (e.g. 2026-10) names the month the report covers").http
            }
            let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type, ["text/csv", "application/json"].contains(type) else { throw AccordHTTPError.unsupportedMediaType("text/csv or application/json") }
            let buffer: ByteBuffer
            do { buffer = try await request.body.collect(upTo: maxRequestBytes) } catch { throw AccordHTTPError.bodyTooLarge(maxRequestBytes) }
            let body = Data(buffer.readableBytesView)
            let (reportID, report) = try await mapped {
                try await service.importReport(supplier: id, period: text, body: body, contentType: type, now: now())
            }
            let answer = ReportAcceptedBody(id: reportID, supplier: id, period: text, rows: report.rows.count)
            var response = try CMDBJSON.response(answer)
            response.status = .created
            return response
        }
        router.get("/api/v1/suppliers/:id/discrepancies") { request, context in
            let id = try ownSupplier(context)
            let report = try await mapped { try await service.discrepancies(supplier: id, period: period(request)) }
            return try CMDBJSON.response(report)
        }
    }

    /// The `{id}` when the principal may see that supplier; 404 otherwise.
    private func ownSupplier(_ context: AccordRequestContext) throws -> String {
        let id = context.parameters.get("id") ?? ""
        let principal = try context.requirePrincipal()
        if let own = principal.supplier, own.rawValue != id { throw ReconciliationError.unknownSupplier(id).http }
        return id
    }

    /// `?period=`, or the current month (UTC) when absent.
    private func period(_ request: Request) -> String {
        if let text = request.uri.queryParameters.get("period"), !text.isEmpty { return text }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: now())
        return String(format: "%04d-%02d", parts.year ?? 1970, parts.month ?? 1)
    }

    private func mapped<Value>(_ body: () async throws -> Value) async throws -> Value {
        do { return try await body() } catch let error as ReconciliationError { throw error.http }
    }
}

extension ReconciliationError {
    /// The HTTP answer: 404 for what the caller cannot see or that does not exist, 400 for a bad
    /// period, 422 for an unreadable report, 403 for a tier that does not report.
    var http: AccordHTTPError {
        let status: HTTPResponse.Status = switch self {
        case .unknownSupplier, .unknownService, .noReport, .noAgreement: .notFound
        case .invalidPeriod: .badRequest
        case .invalidReport: .unprocessableContent
        case .reportsNotAccepted: .forbidden
        case .unsupported: .notImplemented
        }
        return AccordHTTPError(status, code: code, message: description)
    }
}

struct SupplierScorecardBody: Encodable {
    let supplier: String
    let scorecards: [Scorecard]
}

struct ReportAcceptedBody: Encodable {
    let id: Int64
    let supplier: String
    let period: String
    let rows: Int
}
