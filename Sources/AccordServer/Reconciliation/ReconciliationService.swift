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
        let (service, agreement) = try serviceAgreement(id)
        let period = try self.period(text, agreement: agreement)
        let records = try await clockRecords().records(of: agreement.id, overlapping: period.start, period.end)
        return try await slaScorecard(service: service, agreement: agreement, records: records, period: period)
    }

    /// The SLA scorecard and, for each ticket whose SLA breached in the period, who held it and the
    /// OLA breaches that contributed; the period's records are read once for both.
    public func slaReport(service id: String, period text: String, now: Date) async throws -> SLAReport {
        let (service, agreement) = try serviceAgreement(id)
        let period = try self.period(text, agreement: agreement)
        let records = try await clockRecords().records(of: agreement.id, overlapping: period.start, period.end)
        let scorecard = try await slaScorecard(service: service, agreement: agreement, records: records, period: period)
        let breached = records
            .filter { $0.clock == .resolution && ($0.outcome == .breached || ($0.stoppedAt == nil && $0.breachedAt != nil)) }
            .filter { ($0.stoppedAt ?? $0.breachedAt).map(period.contains) ?? false }
            .sorted { $0.ticketID < $1.ticketID }
        let versions = try await calendarVersions(agreement.calendarID)
        var attributions: [BreachAttribution] = []
        for record in breached {
            guard let calendar = calendar(versions, at: record.startedAt) ?? configuredCalendar(agreement.calendarID) else { continue }
            let events = try await stores.ticketEvents.events(for: record.ticketID)
            let olas = try await clockRecords().records(of: record.ticketID).filter { $0.agreementID != agreement.id }
            attributions.append(Attribution.attribute(sla: record, agreement: agreement, events: events, calendar: calendar, olaRecords: olas, asOf: now))
        }
        return SLAReport(scorecard: scorecard, breachAttributions: attributions)
    }

    private func slaScorecard(service: Service, agreement: Agreement, records: [ClockRecord], period: ReportPeriod) async throws -> Scorecard {
        let availability = try await availability(of: service, period: period)
        let evidence = EvidenceStatement(quality: .complete, note: "customer SLA measured on every supplier's events as Accord received them")
        return ScorecardCalculator.scorecard(agreement: agreement, records: records, period: period, evidence: evidence, availability: availability)
    }

    private func serviceAgreement(_ id: String) throws -> (Service, Agreement) {
        let serviceID = ServiceID(id)
        guard let service = configuration.services.first(where: { $0.id == serviceID }) else { throw ReconciliationError.unknownService(id) }
        guard let agreement = configuration.serviceAgreements[serviceID] else { throw ReconciliationError.noAgreement("service '\(id)' has no SLA") }
        return (service, agreement)
    }

    // MARK: - Pieces

    /// The period `text` in the time zone of the agreement's calendar.
    public func period(_ text: String, agreement: Agreement) throws -> ReportPeriod {
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

    /// A calendar's stored versions, compiled (read once per report).
    func calendarVersions(_ id: CalendarID) async throws -> CalendarVersions? {
        try await calendars.compiledVersions(of: [id]).versions[id]
    }

    /// The version a clock that started at `instant` runs on (the first one for earlier clocks).
    func calendar(_ versions: CalendarVersions?, at instant: Date) -> BusinessCalendar? {
        guard let versions else { return nil }
        return (versions.version(forClockStartedAt: instant) ?? versions.versions.first)?.calendar
    }

    /// The calendar as configured, for a hub that has stored no version of it yet.
    func configuredCalendar(_ id: CalendarID) -> BusinessCalendar? {
        configuration.calendars[id].flatMap { try? BusinessCalendar($0) }
    }

    func availability(of service: Service, period: ReportPeriod) async throws -> AvailabilityFigures? {
        let vendors = service.contributingSuppliers.filter { configuration.supplier($0)?.supplier.tier == .exclude }
        guard !vendors.isEmpty, let noticeStore = stores.statusNotices,
              let hours = calendar(try await calendarVersions(service.hoursOfService), at: period.start)
                ?? configuredCalendar(service.hoursOfService) else { return nil }
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
            let note = last.map { "as of the last successful sync at \(ReportInstant.text($0))" } ?? "no successful sync yet"
            return EvidenceStatement(quality: quality, note: note)
        case .availabilityOnly:
            return EvidenceStatement(quality: quality, note: "the vendor exposes service health only")
        }
    }
}

/// A service's SLA report: its scorecard and who held each ticket that breached it.
public struct SLAReport: Sendable, Encodable {
    public var scorecard: Scorecard
    public var breachAttributions: [BreachAttribution]
}
