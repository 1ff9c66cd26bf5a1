import AccordCore

extension SupplierSettings {
    static let yamlKeys = ["id", "name", "tier", "calendar", "adapter", "description", "credentials", "agreements", "sync"]

    /// Reads `suppliers/<id>.yaml`. Calendar references are checked later, against all calendars.
    static func read(_ root: YAMLValue, _ log: DiagnosticLog) -> (SupplierSettings, references: SupplierReferences)? {
        guard let file = root.mapping(log, "supplier", allowedKeys: yamlKeys) else { return nil }
        var id: SupplierID?
        if let idValue = file.required("id", log), let text = idValue.scalar(log, "'id'") {
            id = SupplierID(text)
            if id == nil {
                log.error("'id' must be a slug of a-z, 0-9 and inner hyphens, at most 63 characters (found '\(text)')", at: idValue.location)
            }
        }
        let name = file.requiredString("name", log)
        let tier = file.oneOf("tier", Tier.self, log, required: true)
        let calendarText = file.requiredString("calendar", log)
        let adapter = file.optionalString("adapter", log)
        _ = file.optionalString("description", log)
        let credentials = readCredentials(file["credentials"], log)
        let defaultCalendar = calendarText.map(CalendarID.init)
        var agreements: [Agreement] = []
        var agreementCalendars: [(CalendarID, SourceLocation)] = []
        if let list = file["agreements"], !list.isNull, let items = list.sequence(log, "'agreements'"), let id, let defaultCalendar {
            for item in items {
                guard let read = AgreementReader.read(item, kind: .ola(id), defaultCalendar: defaultCalendar, log) else { continue }
                agreements.append(read.agreement)
                if let location = read.calendarLocation { agreementCalendars.append((read.agreement.calendarID, location)) }
            }
        }
        // The cron time zone is the supplier calendar's, resolved when the calendars are known (UTC until then).
        var mappedServices: [(ServiceID, SourceLocation)] = []
        let sync = file["sync"].flatMap { $0.isNull ? nil : SyncSettingsReader.read($0, timeZone: .gmt, log, services: &mappedServices) }
        if let section = file["sync"], !section.isNull, sync == nil { return nil }
        guard let id, let name, let tier, let defaultCalendar, let credentials else { return nil }
        let supplier = Supplier(id: id, name: name, tier: tier, calendarID: defaultCalendar, adapter: adapter, agreements: agreements)
        let references = SupplierReferences(
            idLocation: file["id"]?.location ?? file.location,
            calendar: (defaultCalendar, file["calendar"]?.location ?? file.location),
            agreementCalendars: agreementCalendars,
            services: mappedServices
        )
        var settings = SupplierSettings(supplier: supplier, credentials: credentials)
        settings.sync = sync
        return (settings, references)
    }

    private static func readCredentials(_ value: YAMLValue?, _ log: DiagnosticLog) -> [String: [String]]? {
        guard let value, !value.isNull else { return [:] }
        guard let mapping = value.mapping(log, "'credentials'", allowedKeys: nil) else { return nil }
        var credentials: [String: [String]] = [:]
        var valid = true
        for entry in mapping.entries {
            let items: [YAMLValue]
            if case .sequence = entry.value.node {
                items = entry.value.sequence(log, "'\(entry.name)'") ?? []
            } else {
                items = [entry.value]
            }
            var names: [String] = []
            for item in items {
                guard let text = item.scalar(log, "'\(entry.name)'") else {
                    valid = false
                    continue
                }
                guard EnvironmentVariableName.isValid(text) else {
                    log.error(
                        "credential '\(entry.name)' must name an environment variable (A-Z, 0-9, _), not hold the secret itself",
                        at: item.location
                    )
                    valid = false
                    continue
                }
                names.append(text)
            }
            credentials[entry.name] = names
        }
        return valid ? credentials : nil
    }
}

/// Where a supplier file refers to other configuration, for cross-file checks.
struct SupplierReferences {
    var idLocation: SourceLocation
    var calendar: (CalendarID, SourceLocation)
    var agreementCalendars: [(CalendarID, SourceLocation)]
    /// Catalogue services named in `sync.serviceMap`.
    var services: [(ServiceID, SourceLocation)] = []
}

/// Environment variable names as configuration may use them.
enum EnvironmentVariableName {
    /// Upper-case letters, digits and underscores, not starting with a digit.
    static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
