import AccordCore

/// Reads `services.yaml`: the catalogue, each entry's priority matrix and its customer SLA.
///
/// ```yaml
/// services:
///   - id: workplace
///     name: Digital workplace
///     hoursOfService: uk-office
///     availability: {band: gold, targetPercent: 99.9}
///     priorityMatrix:              # impact → urgency → priority
///       high:   {high: P1, medium: P2, low: P3}
///       medium: {high: P2, medium: P3, low: P4}
///       low:    {high: P3, medium: P4, low: P5}
///     targets:
///       P1: {response: 15m, resolution: 4h}
///     suppliers: [netnova, stratus]
///     # optional SLA settings, as for agreements: warningThresholdPercent, pauseStates, reopenPolicy,
///     # responseRule, compliance, credits
/// ```
enum ServiceCatalogueReader {
    static let serviceKeys = [
        "id", "name", "hoursOfService", "availability", "priorityMatrix", "targets", "suppliers",
        "warningThresholdPercent", "pauseStates", "reopenPolicy", "responseRule",
    ] + ComplianceTermsReader.yamlKeys

    struct Entry {
        var service: Service
        var sla: Agreement
        var location: SourceLocation
        var calendarLocation: SourceLocation
        var supplierLocations: [SourceLocation]
    }

    static func read(_ root: YAMLValue, _ log: DiagnosticLog) -> [Entry] {
        guard let file = root.mapping(log, "service catalogue", allowedKeys: ["services"]),
              let list = file["services"], !list.isNull, let items = list.sequence(log, "'services'") else { return [] }
        return items.compactMap { readService($0, log) }
    }

    private static func readService(_ value: YAMLValue, _ log: DiagnosticLog) -> Entry? {
        guard let mapping = value.mapping(log, "service", allowedKeys: serviceKeys) else { return nil }
        let id = mapping.requiredString("id", log).map(ServiceID.init)
        let name = mapping.requiredString("name", log)
        let calendar = mapping.requiredString("hoursOfService", log).map(CalendarID.init)
        let availability = mapping.required("availability", log).flatMap { readAvailability($0, log) }
        let matrix = mapping["priorityMatrix"].map { readMatrix($0, log) } ?? .standard
        var suppliers: [SupplierID] = []
        var supplierLocations: [SourceLocation] = []
        if let list = mapping["suppliers"], let items = list.sequence(log, "'suppliers'") {
            for item in items {
                guard let text = item.scalar(log, "a supplier id") else { continue }
                guard let supplier = SupplierID(text) else {
                    log.error("'\(text)' is not a supplier id", at: item.location)
                    continue
                }
                suppliers.append(supplier)
                supplierLocations.append(item.location)
            }
        }
        guard let id, let calendar,
              let sla = AgreementReader.read(mapping, id: AgreementID("\(id)-sla"), kind: .sla(id), defaultCalendar: calendar, log),
              let name, let availability, let matrix else { return nil }
        let service = Service(
            id: id, name: name, hoursOfService: calendar, availability: availability,
            priorityMatrix: matrix, targets: sla.agreement.targets, contributingSuppliers: suppliers
        )
        return Entry(
            service: service, sla: sla.agreement, location: mapping["id"]?.location ?? mapping.location,
            calendarLocation: mapping["hoursOfService"]?.location ?? mapping.location, supplierLocations: supplierLocations
        )
    }

    private static func readAvailability(_ value: YAMLValue, _ log: DiagnosticLog) -> AvailabilityBand? {
        guard let mapping = value.mapping(log, "'availability'", allowedKeys: ["band", "targetPercent"]) else { return nil }
        let band = mapping.requiredString("band", log)
        var percent: Double?
        if let percentValue = mapping.required("targetPercent", log), let text = percentValue.scalar(log, "'targetPercent'") {
            percent = Double(text).flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }
            if percent == nil {
                log.error("'targetPercent' must be a number above 0 and at most 100 (found '\(text)')", at: percentValue.location)
            }
        }
        guard let band, let percent else { return nil }
        return AvailabilityBand(name: band, targetPercent: percent)
    }

    /// Every impact row must give a priority for every urgency.
    private static func readMatrix(_ value: YAMLValue, _ log: DiagnosticLog) -> PriorityMatrix? {
        let levels = SeverityLevel.allCases.map(\.name)
        guard let rows = value.mapping(log, "'priorityMatrix'", allowedKeys: levels) else { return nil }
        var table: [Impact: [Urgency: Priority]] = [:]
        for row in rows.entries {
            guard let impact = Impact(text: row.name),
                  let cells = row.value.mapping(log, "impact '\(row.name)'", allowedKeys: levels) else { continue }
            for cell in cells.entries {
                guard let urgency = Urgency(text: cell.name), let text = cell.value.scalar(log, "a priority") else { continue }
                guard let priority = Priority(text: text) else {
                    log.error("priority must be one of P1, P2, P3, P4, P5 (found '\(text)')", at: cell.value.location)
                    continue
                }
                table[impact, default: [:]][urgency] = priority
            }
        }
        guard let matrix = PriorityMatrix(table) else {
            log.error("'priorityMatrix' must give a priority for every impact (high, medium, low) and urgency (high, medium, low)", at: value.location)
            return nil
        }
        return matrix
    }
}
