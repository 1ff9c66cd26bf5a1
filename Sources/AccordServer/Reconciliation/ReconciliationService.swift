import AccordConfig
import AccordCore
import AccordLedger
import AccordReconciliation
import BusinessTime
import Foundation

/// Reads the stores and the configuration to produce scorecards, attributions and discrepancy
/// reports; the figures themselves come from the pure ``AccordReconciliation`` target.
public struct ReconciliationService: Sendable {
    let stores: AccordStores
    let configuration: AccordConfiguration
    let calendars: CalendarRegistry

    public init(stores: AccordStores, configuration: AccordConfiguration) {
        self.stores = stores
        self.configuration = configuration
        calendars = CalendarRegistry(store: stores.calendarVersions)
    }

    // MARK: - Scorecards

    /// One scorecard per OLA of `supplier` for the period (`2026-10`, a date range or an instant range).
    public func olaScorecards(supplier id: String, period text: String) async throws -> [Scorecard] {
        guard let supplierID = SupplierID(id), let settings = configuration.supplier(supplierID) else { throw ReconciliationError.unknownSupplier(id) }
        let agreements = settings.supplier.agreements
        guard !agreements.isEmpty else {
            throw ReconciliationError.noAgreement("supplier '\(id)' (\(settings.supplier.tier.rawValue) tier) has no OLA; only availability is reported for it")
        }
        let evidence = try await evidenceStatement(for: settings.supplier)
        var cards: [Scorecard] = []
        for agreement in agreements {
            let period = try self.period(text, agreement: agreement)
            let records = try await clockRecords().records(of: agreement.id, overlapping: period.start, period.end)
            cards.append(ScorecardCalculator.scorecard(agreement: agreement, records: records, period: period, evidence: evidence))
        }
        return cards
    }

    /// The customer SLA scorecard of `service`, with availability from its Exclude-tier vendors' notices.
    public func slaScorecard(service id: String, period text: String) async throws -> Scorecard {
        let serviceID = ServiceID(id)
        guard let service = configuration.services.first(where: { $0.id == serviceID }) else { throw ReconciliationError.unknownService(id) }
        guard let agreement = configuration.serviceAgreements[serviceID] else { throw ReconciliationError.noAgreement("service '\(id)' has no SLA") }
        let period = try self.period(text, agreement: agreement)
        let records = try await clockRecords().records(of: agreement.id, overlapping: period.start, period.end)
        let availability = try await availability(of: service, period: period)
        let evidence = EvidenceStatement(quality: .complete, note: "customer SLA measured on every supplier's events as Accord received them")
        return ScorecardCalculator.scorecard(agreement: agreement, records: records, period: period, evidence: evidence, availability: availability)
    }

    /// Who held each ticket whose SLA breached in the period, and the OLA breaches that contributed.
    public func attributions(service id: String, period text: String, now: Date) async throws -> [BreachAttribution] {
        let serviceID = ServiceID(id)
        guard configuration.services.contains(where: { $0.id == serviceID }) else { throw ReconciliationError.unknownService(id) }
        guard let agreement = configuration.serviceAgreements[serviceID] else { throw ReconciliationError.noAgreement("service '\(id)' has no SLA") }
        let period = try self.period(text, agreement: agreement)
        let breached = try await clockRecords().records(of: agreement.id, overlapping: period.start, period.end)
            .filter { $0.clock == .resolution && ($0.outcome == .breached || ($0.stoppedAt == nil && $0.breachedAt != nil)) }
            .filter { ($0.stoppedAt ?? $0.breachedAt).map(period.contains) ?? false }
            .sorted { $0.ticketID < $1.ticketID }
        var results: [BreachAttribution] = []
        for record in breached {
            guard let calendar = try await calendar(agreement.calendarID, at: record.startedAt) else { continue }
            let events = try await stores.ticketEvents.events(for: record.ticketID)
            let olas = try await clockRecords().records(of: record.ticketID).filter { $0.agreementID != agreement.id }
            results.append(Attribution.attribute(sla: record, agreement: agreement, events: events, calendar: calendar, olaRecords: olas, asOf: now))
        }
        return results
    }

    // MARK: - Pieces

    func period(_ text: String, agreement: Agreement) throws -> ReportPeriod {
        let zone = configuration.calendars[agreement.calendarID].flatMap { TimeZone(identifier: $0.timeZoneIdentifier) } ?? TimeZone(identifier: "UTC")!
        do {
            return try ReportPeriod.parse(text, timeZone: zone)
        } catch {
            throw ReconciliationError.invalidPeriod(error.description)
        }
    }

    func clockRecords() throws -> any ClockRecordStore {
        guard let store = stores.clockRecords else { throw ReconciliationError.unsupported("this storage backend keeps no clock records") }
        return store
    }

    /// The calendar version a clock that started at `instant` runs on.
    func calendar(_ id: CalendarID, at instant: Date) async throws -> BusinessCalendar? {
        let versions = try await calendars.compiledVersions(of: [id]).versions[id]
        if let versions, let version = versions.version(forClockStartedAt: instant) ?? versions.versions.first { return version.calendar }
        return configuration.calendars[id].flatMap { try? BusinessCalendar($0) }
    }

    func availability(of service: Service, period: ReportPeriod) async throws -> AvailabilityFigures? {
        let vendors = service.contributingSuppliers.filter { configuration.supplier($0)?.supplier.tier == .exclude }
        guard !vendors.isEmpty, let noticeStore = stores.statusNotices,
              let hours = try await calendar(service.hoursOfService, at: period.start) else { return nil }
        // Linked by the vendor's serviceMap, else to every service that lists the vendor, as the
        // configuration says now (so a corrected serviceMap applies to notices already stored).
        let links = configuration.noticeServiceLinks
        let notices = try await noticeStore.notices(of: vendors, limit: 100_000)
            .filter { links.services(supplier: $0.supplier, vendorService: $0.vendorService).contains(service.id) }
        return AvailabilityCalculator.availability(
            notices: notices, period: period, hoursOfService: hours,
            targetPercent: Decimal(string: String(service.availability.targetPercent))
        )
    }

    /// The tier's evidence quality with what Accord knows about gaps and freshness.
    func evidenceStatement(for supplier: Supplier) async throws -> EvidenceStatement {
        let quality = supplier.capabilities.evidence
        switch quality {
        case .complete:
            return EvidenceStatement(quality: quality, note: "every timestamp is Accord's own (Use tier)")
        case .completeUnlessGapsDetected:
            let dead = try await stores.inbox.entries(status: .dead, supplier: supplier.id, limit: 1000).count
            let note = dead == 0 ? "no delivery gaps detected" : "\(dead) delivery(ies) failed and wait for replay (accord inbox list --dead --supplier \(supplier.id))"
            return EvidenceStatement(quality: quality, note: note)
        case .asOfLastSync:
            let runs = try await stores.sync?.runs(supplier: supplier.id, limit: 50) ?? []
            let last = runs.filter { $0.status == .completed }.compactMap(\.finishedAt).max()
            let note = last.map { "as of the last successful sync at \(ScorecardTimestamp.text($0))" } ?? "no successful sync yet"
            return EvidenceStatement(quality: quality, note: note)
        case .availabilityOnly:
            return EvidenceStatement(quality: quality, note: "the vendor exposes service health only")
        }
    }
}

/// RFC 3339 UTC text without fractions, for notes and reports.
enum ScorecardTimestamp {
    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
