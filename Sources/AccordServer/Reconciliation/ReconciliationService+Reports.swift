import AccordConfig
import AccordCore
import AccordLedger
import AccordReconciliation
import Crypto
import Foundation

/// The result of comparing a supplier's own report with Accord's ledger.
public struct DiscrepancyReport: Sendable, Codable {
    public var supplier: SupplierID
    /// Every OLA of the supplier: one report covers them all.
    public var agreements: [AgreementID]
    /// The period in the first OLA's calendar zone (each OLA's tickets are judged in its own zone).
    public var period: ReportPeriod
    /// The stored report compared (the latest for the period).
    public var reportID: Int64?
    public var reportReceivedAt: Date
    public var reportSHA256: String
    public var rowsReported: Int
    /// Tickets Accord has resolved under the OLAs in the period.
    public var resolvedInLedger: Int
    public var discrepancies: [Discrepancy]
}

extension ReconciliationService {
    /// Validates and keeps a supplier's self-report (raw bytes, whole); a report with any bad row is refused.
    public func importReport(
        supplier id: String, period text: String, body: Data, contentType: String?, now: Date
    ) async throws -> (id: Int64, report: SupplierReport) {
        let (settings, agreements) = try reportingSupplier(id)
        for agreement in agreements { _ = try period(text, agreement: agreement) }
        let report: SupplierReport
        do {
            report = try SupplierReportParser.parse(body, supplier: settings.supplier.id, period: text)
        } catch {
            throw ReconciliationError.invalidReport(error.problems)
        }
        guard let store = stores.supplierReports else { throw ReconciliationError.unsupported("this storage backend keeps no supplier reports") }
        let isJSON = contentType?.contains("json") ?? (body.first == UInt8(ascii: "{"))
        let digest = SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
        let stored = StoredSupplierReport(
            supplier: settings.supplier.id, period: text, receivedAt: now, contentType: isJSON ? "application/json" : "text/csv",
            body: body, rowCount: report.rows.count, sha256: digest
        )
        return (try await store.save(stored), report)
    }

    /// Compares the latest report of `supplier` for the period with the ledger, under all its OLAs.
    public func discrepancies(supplier id: String, period text: String) async throws -> DiscrepancyReport {
        let (settings, agreements) = try reportingSupplier(id)
        guard let store = stores.supplierReports else { throw ReconciliationError.unsupported("this storage backend keeps no supplier reports") }
        guard let stored = try await store.latest(supplier: settings.supplier.id, period: text) else {
            throw ReconciliationError.noReport(supplier: id, period: text)
        }
        let report: SupplierReport
        do {
            report = try SupplierReportParser.parse(stored.body, supplier: settings.supplier.id, period: text)
        } catch {
            throw ReconciliationError.invalidReport(error.problems)
        }
        var scopes: [DiscrepancyFinder.Scope] = []
        for agreement in agreements {
            let period = try period(text, agreement: agreement)
            let observed = try await observedTickets(supplier: settings.supplier.id, agreement: agreement, report: report, period: period)
            scopes.append(DiscrepancyFinder.Scope(agreement: agreements.count > 1 ? agreement.id : nil, observed: observed, period: period))
        }
        var found = DiscrepancyFinder.find(report: report, scopes: scopes)
        var evidence: [String: [String]] = [:]
        for index in found.indices {
            guard let ticket = found[index].ticketID else { continue }
            let agreement = found[index].agreementID ?? agreements[0].id
            let key = "\(agreement.rawValue) \(ticket.rawValue)"
            if evidence[key] == nil { evidence[key] = try await self.evidence(ticket: ticket, agreement: agreement) }
            found[index].evidence = evidence[key] ?? []
        }
        let resolved = Set(scopes.flatMap { scope in scope.observed.filter { $0.isResolved(in: scope.period) }.map(\.ticketID) })
        return DiscrepancyReport(
            supplier: settings.supplier.id, agreements: agreements.map(\.id), period: scopes[0].period, reportID: stored.id,
            reportReceivedAt: stored.receivedAt, reportSHA256: stored.sha256, rowsReported: report.rows.count,
            resolvedInLedger: resolved.count, discrepancies: found
        )
    }

    /// The supplier and its OLAs (at least one), if its tier reports on itself.
    func reportingSupplier(_ id: String) throws -> (SupplierSettings, [Agreement]) {
        guard let supplierID = SupplierID(id), let settings = configuration.supplier(supplierID) else { throw ReconciliationError.unknownSupplier(id) }
        let tier = settings.supplier.tier
        guard tier == .integrate || tier == .interface else {
            throw ReconciliationError.reportsNotAccepted("supplier '\(id)' is \(tier.rawValue) tier: only Integrate and Interface suppliers report their own figures")
        }
        guard !settings.supplier.agreements.isEmpty else { throw ReconciliationError.noAgreement("supplier '\(id)' has no OLA") }
        return (settings, settings.supplier.agreements)
    }

    /// Accord's view of every ticket the supplier held under the OLA. Supplier references are looked
    /// up only where needed: for each reported row (by the supplier's external id) and for each
    /// ticket resolved in the period, so a large history costs no lookup per ticket.
    func observedTickets(supplier: SupplierID, agreement: Agreement, report: SupplierReport, period: ReportPeriod) async throws -> [ObservedTicket] {
        let records = try await clockRecords().allRecords(of: agreement.id)
        var observed: [TicketID: ObservedTicket] = [:]
        for (ticketID, list) in Dictionary(grouping: records, by: \.ticketID) {
            observed[ticketID] = ObservedTicket.from(records: list, reference: nil)
        }
        for row in report.rows where observed[TicketID(row.ticket)] == nil {
            if let ticket = try await stores.tickets.ticket(supplier: supplier, externalID: row.ticket), observed[ticket.id] != nil {
                observed[ticket.id]?.reference = row.ticket
            }
        }
        for (id, entry) in observed where entry.reference == nil && entry.isResolved(in: period) {
            let reference = try await stores.tickets.ticket(id)?.externalReference
            if let reference, reference.supplier == supplier { observed[id]?.reference = reference.externalID }
        }
        return observed.values.sorted { $0.ticketID < $1.ticketID }
    }

    /// The ledger entries that fixed a ticket's OLA figures (with their hashes) and the raw deliveries behind them.
    func evidence(ticket: TicketID, agreement: AgreementID) async throws -> [String] {
        let chain = try await stores.ledger.entries(for: ticket)
        let currentBlock = chain.last?.block
        let relevant = chain.filter { $0.block == currentBlock && $0.entry.agreementID == agreement && [.started, .stopped, .breached, .reopened].contains($0.entry.kind) }
        let events = Dictionary(try await stores.ticketEvents.events(for: ticket).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        var deliveries: [String] = []
        for link in relevant {
            let entry = link.entry
            lines.append("ledger \(ticket) #\(link.sequence) \(entry.clock.rawValue) \(entry.kind.rawValue)\(entry.reason.map { " \($0)" } ?? "") at \(ReportInstant.text(entry.instant)) elapsed \(entry.elapsed)s hash \(link.hash)")
            if let cause = entry.causingEvent, let event = events[cause] {
                let delivery = "event \(cause) via \(event.channel.rawValue)" + (event.deliveryID.map { " delivery \($0)" } ?? "")
                if !deliveries.contains(delivery) { deliveries.append(delivery) }
            }
        }
        return lines + deliveries
    }
}
